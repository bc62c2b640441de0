package org.campcoplanner.people.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.data.provider.ListDataProvider;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Free tags such as skills or liked activities: pick ones already used in the camp or type a new one. */
class TagsField extends MultiSelectComboBox<String> {

    private final List<String> known = new ArrayList<>();
    private final ListDataProvider<String> provider = new ListDataProvider<>(known);

    TagsField(String label) {
        super(label);
        setItems(provider);
        setAllowCustomValue(true);
        addCustomValueSetListener(e -> {
            String tag = e.getDetail().strip();
            if (!tag.isEmpty()) {
                remember(List.of(tag));
                Set<String> chosen = new LinkedHashSet<>(getValue());
                chosen.add(tag);
                setValue(chosen);
            }
        });
    }

    void show(List<String> tags, Collection<String> suggestions) {
        known.clear();
        remember(suggestions);
        remember(tags);
        setValue(new LinkedHashSet<>(tags));
    }

    List<String> tags() {
        return List.copyOf(getValue());
    }

    private void remember(Collection<String> tags) {
        tags.stream().filter(tag -> !known.contains(tag)).forEach(known::add);
        provider.refreshAll();
    }
}
