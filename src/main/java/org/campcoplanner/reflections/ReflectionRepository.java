package org.campcoplanner.reflections;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ReflectionRepository extends JpaRepository<Reflection, Long> {

    Optional<Reflection> findByPersonIdAndSessionId(long personId, String sessionId);

    List<Reflection> findByPersonId(long personId);

    List<Reflection> findByCampIdAndSessionId(long campId, String sessionId);

    List<Reflection> findByCampIdOrderBySessionStart(long campId);
}
