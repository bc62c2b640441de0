package org.campcoplanner.camp.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.base.ui.Uploads;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.format.InvalidPlanException;

import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;

/** Uploads a camp plan file; a valid one becomes a new camp, an invalid one lists all its problems. */
class PlanImport extends Composite<Div> {

    private static final int MAX_PLAN_BYTES = 10 * 1024 * 1024;

    private final CampPlanService campPlans;
    private final LongConsumer onImported;
    private final Div problems = new Div();

    PlanImport(CampPlanService campPlans, LongConsumer onImported) {
        this.campPlans = campPlans;
        this.onImported = onImported;
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> importPlan(metadata.fileName(), data)));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_PLAN_BYTES);
        Uploads.speaking(upload);
        upload.setDropLabel(new Span(getTranslation("camp.import.drop")));
        problems.addClassName("camp-import-problems");
        getContent().add(upload, problems);
    }

    void importPlan(String fileName, byte[] data) {
        problems.removeAll();
        try {
            long campId = campPlans.importPlan(new String(data, StandardCharsets.UTF_8));
            Notifications.success(getTranslation("camp.import.imported", fileName));
            onImported.accept(campId);
        } catch (InvalidPlanException e) {
            UnorderedList list = new UnorderedList();
            e.problems().forEach(problem -> list.add(new ListItem(say(problem.said()))));
            problems.add(new Paragraph(getTranslation("camp.import.refused", fileName, e.problems().size())), list);
        }
    }

    /** A plan problem, "path: reason", in the reader's language. */
    private String say(Text text) {
        return getTranslation(text.key(), text.args().toArray());
    }

    Div problems() {
        return problems;
    }
}
