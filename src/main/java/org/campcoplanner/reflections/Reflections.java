package org.campcoplanner.reflections;

import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.PlainNames;
import org.campcoplanner.people.PersonDirectory;
import org.campcoplanner.people.PersonRef;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.security.CampUser;
import org.campcoplanner.security.CurrentUser;
import org.campcoplanner.signoff.PublishedRevisions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reflections after a session. Only someone who was on the published session may write one, and
 * only once it has ended; only its author edits or withdraws it; only the camp's planners read it.
 */
@Service
public class Reflections {

    static final int STORY_LIMIT = 500;

    private final ReflectionRepository reflections;
    private final PublishedRevisions published;
    private final PersonDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    Reflections(ReflectionRepository reflections, PublishedRevisions published, PersonDirectory directory,
                AuditTrail audit, Clock clock) {
        this.reflections = reflections;
        this.published = published;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in person's own reflections, by session id. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<String, MyReflection> mine() {
        return directory.signedIn().map(me -> reflections.findByPersonId(me.id()).stream()
                        .collect(Collectors.toMap(Reflection::getSessionId, MyReflection::of)))
                .orElse(Map.of());
    }

    /**
     * The session as the reflection form shows it, with what the person wrote before.
     *
     * @throws InvalidFormException naming {@code session} when they were not on it or it has not ended
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SessionToReflect toWrite(String sessionId) {
        PersonRef me = directory.signedIn().orElseThrow(() -> invalid("session", "reflections.problem.no-person"));
        CampPlan plan = publishedPlanOf(me);
        CampPlan.Session session = sessionIWasOn(plan, sessionId, me);
        return new SessionToReflect(sessionId, session.title(), session.start(), session.end(), isYouth(plan, me),
                reflections.findByPersonIdAndSessionId(me.id(), sessionId).map(MyReflection::of).orElse(null));
    }

    /**
     * Writes or rewrites the signed-in person's reflection on a session they were on.
     *
     * @param expectedVersion the version the person edited, null for a first reflection
     * @throws InvalidFormException naming {@code session}, {@code rating} or {@code story}
     * @throws ReflectionChangedMeanwhileException when it was saved or withdrawn elsewhere since
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MyReflection write(String sessionId, ReflectionEntry entry, Long expectedVersion) {
        PersonRef me = directory.signedIn().orElseThrow(() -> invalid("session", "reflections.problem.no-person"));
        CampPlan plan = publishedPlanOf(me);
        CampPlan.Session session = sessionIWasOn(plan, sessionId, me);
        int rating = entry.rating() == null ? 0 : entry.rating();
        if (rating < RatingWords.LOWEST || rating > RatingWords.HIGHEST) {
            throw invalid("rating", "reflections.problem.rating");
        }
        String story = entry.story() == null || entry.story().isBlank() ? null : entry.story().strip();
        if (story != null && story.length() > STORY_LIMIT) {
            throw invalid("story", "reflections.problem.story-too-long", STORY_LIMIT);
        }
        Optional<Reflection> existing = reflections.findByPersonIdAndSessionId(me.id(), sessionId);
        if (!Objects.equals(existing.map(Reflection::getVersion).orElse(null), expectedVersion)) {
            throw new ReflectionChangedMeanwhileException(session.title());
        }
        Reflection reflection = existing.orElseGet(() -> new Reflection(me.campId(), me.id(), sessionId,
                session.title(), session.start(), session.end()));
        reflection.write(rating, story, entry.quoteAllowed(), isYouth(plan, me), clock.instant());
        return MyReflection.of(reflections.saveAndFlush(reflection));
    }

    /** The author takes their reflection back; nothing of it stays. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void withdraw(String sessionId, long expectedVersion) {
        PersonRef me = directory.signedIn().orElseThrow(() -> invalid("session", "reflections.problem.no-person"));
        Optional<Reflection> reflection = reflections.findByPersonIdAndSessionId(me.id(), sessionId);
        if (reflection.map(Reflection::getVersion).filter(v -> v == expectedVersion).isEmpty()) {
            throw new ReflectionChangedMeanwhileException(reflection.map(Reflection::getSessionTitle).orElse(sessionId));
        }
        reflections.delete(reflection.get());
    }

    /** The reflections on one session, with their authors, for the camp's planners. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public List<SessionReflection> ofSession(long campId, String sessionId) {
        Map<Long, PersonRef> people = directory.ofCamp(campId).stream()
                .collect(Collectors.toMap(PersonRef::id, Function.identity()));
        return reflections.findByCampIdAndSessionId(campId, sessionId).stream()
                .filter(r -> people.containsKey(r.getPersonId()))
                .map(r -> {
                    PersonRef author = people.get(r.getPersonId());
                    return new SessionReflection(r.getId(), r.getVersion(), author.planId(), author.name(), r.getRating(),
                            r.getStory(), r.isQuoteAllowed(), r.isYouth(), r.getReviewedBy());
                })
                .sorted(Comparator.comparing(SessionReflection::name)).toList();
    }

    /**
     * A planner has read a youth's story and lets the camp's report quote it.
     *
     * @throws ReflectionChangedMeanwhileException when its author changed or withdrew it since
     */
    @Transactional
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public void approveQuote(long campId, long reflectionId, long expectedVersion) {
        Reflection reflection = reflections.findById(reflectionId).filter(r -> r.getCampId() == campId)
                .filter(r -> r.getVersion() == expectedVersion)
                .orElseThrow(() -> new ReflectionChangedMeanwhileException(String.valueOf(reflectionId)));
        if (!reflection.waitsForReview()) {
            return;
        }
        reflection.reviewedBy(CurrentUser.get().map(CampUser::displayName).orElse(CurrentUser.name()));
        reflections.flush();
        audit.record(campId, AuditAction.REFLECTION_QUOTE_APPROVED,
                PlainNames.session(reflection.getSessionTitle(), reflection.getSessionStart()), null, null);
    }

    /** Every reflection of the camp without its author, for the impact figures. */
    @Transactional(readOnly = true)
    @PreAuthorize("@campAccess.canPlan(#campId)")
    public List<ReflectionFact> factsOf(long campId) {
        return reflections.findByCampIdOrderBySessionStart(campId).stream()
                .map(r -> new ReflectionFact(r.getSessionId(), r.getSessionStart(), r.getRating(),
                        r.quotable() ? r.getStory() : null))
                .toList();
    }

    private CampPlan publishedPlanOf(PersonRef me) {
        return published.of(me.campId()).map(PublishedRevisions.Published::plan)
                .orElseThrow(() -> invalid("session", "reflections.problem.not-on-session"));
    }

    private static boolean isYouth(CampPlan plan, PersonRef me) {
        return plan.people().stream().filter(p -> p.id().equals(me.planId())).findFirst()
                .map(p -> Boolean.TRUE.equals(p.youth())).orElse(false);
    }

    private CampPlan.Session sessionIWasOn(CampPlan plan, String sessionId, PersonRef me) {
        CampPlan.Session session = plan.sessions().stream().filter(s -> s.id().equals(sessionId)).findFirst()
                .orElseThrow(() -> invalid("session", "reflections.problem.not-on-session"));
        boolean wasOn = plan.assignments().stream()
                .anyMatch(a -> a.session().equals(sessionId) && me.planId().equals(a.person()));
        if (!wasOn) {
            throw invalid("session", "reflections.problem.not-on-session");
        }
        if (session.end().isAfter(LocalDateTime.now(clock.withZone(me.timeZone())))) {
            throw invalid("session", "reflections.problem.not-ended");
        }
        return session;
    }

    private static InvalidFormException invalid(String field, String key, Object... args) {
        return new InvalidFormException(List.of(InvalidFormException.FieldProblem.of(field, key, args)));
    }
}
