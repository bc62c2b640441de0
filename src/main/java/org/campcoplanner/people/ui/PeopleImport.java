package org.campcoplanner.people.ui;

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
import org.campcoplanner.people.InvalidPeopleCsvException;
import org.campcoplanner.people.PeopleService;

/** Uploads a CSV file of people into the camp; a file with any problem lists them all and imports nobody. */
class PeopleImport extends Composite<Div> {

    private static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    /** The file's columns, the same in every language (docs/people-csv.md). */
    private static final String COLUMNS = "name,kind,youth,experienced,email,phone,credentials,skills,languages,"
            + "maxHoursPerDay,maxHoursPerWeek,minRestHours,pledgedHoursPerWeek,likes,dislikes";

    private final PeopleService people;
    private final long campId;
    private final Runnable onImported;
    private final Div problems = new Div();

    PeopleImport(PeopleService people, long campId, Runnable onImported) {
        this.people = people;
        this.campId = campId;
        this.onImported = onImported;
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> importPeople(metadata.fileName(), data)));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        Uploads.speaking(upload);
        upload.setDropLabel(new Span(getTranslation("people.import.drop")));
        problems.addClassName("people-import-problems");
        Span format = new Span(getTranslation("people.import.format", COLUMNS));
        format.addClassName("people-import-format");
        getContent().add(upload, format, problems);
    }

    void importPeople(String fileName, byte[] data) {
        problems.removeAll();
        try {
            int imported = people.importCsv(campId, data);
            Notifications.success(getTranslation("people.import.imported", imported, fileName));
            onImported.run();
        } catch (InvalidPeopleCsvException e) {
            UnorderedList list = new UnorderedList();
            e.problems().forEach(problem -> list.add(new ListItem(getTranslation(problem.inWords().key(), problem.inWords().args().toArray()))));
            problems.add(new Paragraph(getTranslation("people.import.refused", fileName, e.problems().size())), list);
        }
    }
}
