package org.campcoplanner.planning.generator;

import java.util.List;

/** The Guelph sites camps are held at and the places Saturday trips go to. */
final class Places {

    enum Kind { PARK, COMMUNITY_CENTRE, POOL }

    record Place(String id, String name, String address, Kind kind) {
    }

    /** Taken in this order; the pool is third so that every camp of three or more sites has one. */
    static final List<Place> SITES = List.of(
            new Place("exhibition-park", "Exhibition Park",
                    "Exhibition Street at London Road West, Guelph, Ontario", Kind.PARK),
            new Place("brant-cc", "Brant Community Centre",
                    "Brant Avenue, Guelph, Ontario", Kind.COMMUNITY_CENTRE),
            new Place("victoria-road-pool", "Victoria Road Pool",
                    "151 Victoria Road North, Guelph, Ontario", Kind.POOL),
            new Place("sunny-acres-park", "Sunny Acres Park",
                    "Willow Road at Dawson Road, Guelph, Ontario", Kind.PARK),
            new Place("west-end-cc", "West End Community Centre",
                    "21 Imperial Road South, Guelph, Ontario", Kind.COMMUNITY_CENTRE),
            new Place("margaret-greene-park", "Margaret Greene Park",
                    "Westwood Road, Guelph, Ontario", Kind.PARK),
            new Place("evergreen-cc", "Evergreen Community Centre",
                    "683 Woolwich Street, Guelph, Ontario", Kind.COMMUNITY_CENTRE),
            new Place("eastview-park", "Eastview Community Park",
                    "Eastview Road, Guelph, Ontario", Kind.PARK));

    static final List<String> TRIP_DESTINATIONS = List.of(
            "Guelph Lake Conservation Area",
            "the University of Guelph Arboretum",
            "Rockwood Conservation Area",
            "the Guelph Civic Museum",
            "Riverside Park",
            "Elora Gorge",
            "Preservation Park",
            "the Guelph Farmers' Market",
            "Royal City Park",
            "Ignatius Farm");

    private Places() {
    }

    static List<Place> sites(int count) {
        if (count < 1 || count > SITES.size()) {
            throw new IllegalArgumentException("between 1 and " + SITES.size() + " sites, not " + count);
        }
        return SITES.subList(0, count);
    }
}
