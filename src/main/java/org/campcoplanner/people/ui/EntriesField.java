package org.campcoplanner.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** A small editable list: one row of fields per entry, with buttons to add and remove entries. */
abstract class EntriesField<T> extends CustomField<List<T>> {

    private final Div rows = new Div();
    private final List<Supplier<T>> entries = new ArrayList<>();
    private final String removeText;

    /** The field's label, and the words of its buttons that add and remove an entry, all as keys. */
    EntriesField(String labelKey, String addKey, String removeKey) {
        super(List.of());
        this.removeText = getTranslation(removeKey);
        setLabel(getTranslation(labelKey));
        rows.addClassName("people-entries");
        Button add = new Button(getTranslation(addKey), VaadinIcon.PLUS.create(), e -> {
            show(null);
            updateValue();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(rows, add);
    }

    /**
     * Adds the fields of one entry, filled from {@code value} or empty when it is null, to {@code row};
     * the fields must call {@link #updateValue()} when they change.
     *
     * @return what the entry's fields hold now
     */
    protected abstract Supplier<T> entry(T value, HorizontalLayout row);

    @Override
    protected List<T> generateModelValue() {
        return entries.stream().map(Supplier::get).toList();
    }

    @Override
    protected void setPresentationValue(List<T> value) {
        rows.removeAll();
        entries.clear();
        if (value != null) {
            value.forEach(this::show);
        }
    }

    private void show(T value) {
        HorizontalLayout row = new HorizontalLayout();
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Supplier<T> entry = entry(value, row);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            entries.remove(entry);
            rows.remove(row);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(removeText);
        remove.setTooltipText(removeText);
        row.add(remove);
        entries.add(entry);
        rows.add(row);
    }
}
