package org.campcoplanner.reflections.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.Text;
import org.campcoplanner.reflections.MyReflection;
import org.campcoplanner.reflections.RatingWords;
import org.campcoplanner.reflections.ReflectionEntry;
import org.campcoplanner.reflections.Reflections;
import org.campcoplanner.reflections.SessionToReflect;

import java.util.Map;
import java.util.stream.IntStream;

/**
 * "How did it go?" after a shift, on a phone: a 1-5 scale in words, an optional story of change, and
 * who may read it. Opened from the person's past shifts; only they see what they wrote.
 */
@Route("reflect")
@PermitAll
public class ReflectView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final Reflections reflections;
    private final RadioButtonGroup<Integer> rating = new RadioButtonGroup<>();
    private final TextArea story = new TextArea();
    private final RadioButtonGroup<Boolean> sharing = new RadioButtonGroup<>();
    private final FormProblems problems = new FormProblems(Map.of("rating", rating, "story", story));
    private SessionToReflect session;

    public ReflectView(Reflections reflections) {
        this.reflections = reflections;
        addClassName("phone-page");
        rating.setId("reflection-rating");
        rating.setLabel(getTranslation("reflections.form.rating"));
        rating.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        rating.setItems(IntStream.rangeClosed(RatingWords.LOWEST, RatingWords.HIGHEST).boxed().toList());
        rating.setItemLabelGenerator(value -> value + " - " + getTranslation(RatingWords.key(value)));
        rating.setRequiredIndicatorVisible(true);
        story.setId("reflection-story");
        story.setLabel(getTranslation("reflections.form.story"));
        story.setHelperText(getTranslation("reflections.form.story-help"));
        story.setMaxLength(500);
        story.setWidthFull();
        sharing.setId("reflection-sharing");
        sharing.setLabel(getTranslation("reflections.form.sharing"));
        sharing.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        sharing.setItems(false, true);
        sharing.setItemLabelGenerator(quote -> getTranslation(quote ? "reflections.form.quote" : "reflections.form.planners-only"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reflections.form.page-title");
    }

    @Override
    public void setParameter(BeforeEvent event, String sessionId) {
        removeAll();
        add(new H2(getTranslation("reflections.form.heading")));
        try {
            session = reflections.toWrite(sessionId);
        } catch (InvalidFormException refused) {
            add(new Paragraph(say(refused.problems().get(0).reason())), back());
            return;
        }
        Paragraph which = new Paragraph(DateStyle.when(session.start(), session.end(), getLocale()) + " " + session.title());
        which.setId("reflection-session");
        MyReflection mine = session.mine();
        rating.setValue(mine == null ? null : mine.rating());
        story.setValue(mine == null || mine.story() == null ? "" : mine.story());
        sharing.setValue(mine != null && mine.quoteAllowed());
        sharing.setHelperText(session.youth() ? getTranslation("reflections.form.youth-review") : null);
        Button save = new Button(getTranslation(mine == null ? "reflections.form.save" : "reflections.form.save-changes"),
                click -> save());
        save.setId("save-reflection");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(save);
        buttons.addClassName("shift-actions");
        if (mine != null) {
            Button withdraw = new Button(getTranslation("reflections.form.withdraw"), click -> confirmWithdraw(mine));
            withdraw.setId("withdraw-reflection");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            buttons.add(withdraw);
        }
        add(which, new Paragraph(getTranslation("reflections.form.intro")), rating, story, sharing,
                problems.formProblem(), buttons, back());
    }

    private void save() {
        problems.clear();
        try {
            reflections.write(session.sessionId(), new ReflectionEntry(rating.getValue(), story.getValue(),
                    Boolean.TRUE.equals(sharing.getValue())), session.mine() == null ? null : session.mine().version());
            Notifications.success(getTranslation("reflections.form.saved"));
            getUI().ifPresent(ui -> ui.navigate("my-shifts"));
        } catch (InvalidFormException refused) {
            problems.show(refused);
        } catch (ChangedMeanwhileException e) {
            Notifications.changedMeanwhile(e);
        }
    }

    private void confirmWithdraw(MyReflection mine) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("reflections.form.withdraw-heading"),
                getTranslation("reflections.form.withdraw-text"), getTranslation("reflections.form.withdraw"), confirmed -> {
                    try {
                        reflections.withdraw(session.sessionId(), mine.version());
                        Notifications.info(getTranslation("reflections.form.withdrawn"));
                        getUI().ifPresent(ui -> ui.navigate("my-shifts"));
                    } catch (ChangedMeanwhileException e) {
                        Notifications.changedMeanwhile(e);
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("reflections.form.keep"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("withdraw-dialog");
        dialog.open();
    }

    private Anchor back() {
        return new Anchor("my-shifts", getTranslation("reflections.form.back"));
    }

    private String say(Text text) {
        return getTranslation(text.key(), text.args().toArray());
    }
}
