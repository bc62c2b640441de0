package org.campcoplanner.shifts;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.util.Configurator;
import net.fortuna.ical4j.validate.ValidationResult;
import org.campcoplanner.base.TestTexts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed as a strict calendar client reads it, made without asking anyone on the network about time zones. */
class CalendarFeedIcsTest {

    private static final Instant PUBLISHED = Instant.parse("2026-06-30T14:00:00Z");

    @Test
    void everyEventHasExactlyOneDtstampAndTheFeedPassesStrictParsingAndValidation() throws Exception {
        String ics = CalendarFeed.of(shifts("America/Toronto"), PUBLISHED, TestTexts::english);

        Calendar calendar = strictlyParsed(ics);

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2).allSatisfy(event -> {
            assertThat(event.getProperties(Property.DTSTAMP)).hasSize(1);
            assertThat(event.getProperty(Property.DTSTAMP).orElseThrow().getValue()).isEqualTo("20260630T140000Z");
        });
        // RFC 5545 itself, component by component (METHOD:PUBLISH feeds carry no iTIP ORGANIZER, as is usual)
        for (Component component : calendar.getComponents()) {
            ValidationResult validation = component.validate();
            assertThat(validation.hasErrors()).as(component.getName() + ": " + validation).isFalse();
        }
    }

    @Test
    void aZoneNeverUsedBeforeComesFromTheBundledDefinitionsWithoutAnyOutboundCall() {
        List<URI> asked = new CopyOnWriteArrayList<>();
        ProxySelector before = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                asked.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        });
        try {
            String ics = CalendarFeed.of(shifts("Pacific/Chatham"), PUBLISHED, TestTexts::english);

            assertThat(ics).contains("TZID:Pacific/Chatham");
        } finally {
            ProxySelector.setDefault(before);
        }
        assertThat(asked).isEmpty();
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
    }

    private static Calendar strictlyParsed(String ics) throws Exception {
        assertThat(CompatibilityHints.isHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING)).isFalse();
        assertThat(CompatibilityHints.isHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION)).isFalse();
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static MyShifts shifts(String zone) {
        MyShift campOut = new MyShift(7, 2, "campout", "Friday camp-out", "camp-out", "Willow Park", "12 Willow Rd",
                LocalDateTime.of(2026, 7, 10, 19, 0), LocalDateTime.of(2026, 7, 11, 9, 0), "Lead", 1, List.of("Noah"),
                false);
        MyShift swim = new MyShift(7, 2, "swim", "Saturday swim", "swim", "Pool", null,
                LocalDateTime.of(2026, 7, 11, 14, 0), LocalDateTime.of(2026, 7, 11, 16, 0), "Helper", 2, List.of(), true);
        return new MyShifts("Amina", 7, "Willow Road Camp", zone, 2, List.of(swim), List.of(campOut), 2, null);
    }
}
