package org.campcoplanner.roster;

import org.campcoplanner.camp.Seat;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface SeatRepository extends JpaRepository<Seat, Long> {

    @Query("select s from Seat s join fetch s.session ss where ss.camp.id = :campId order by ss.position, s.position")
    List<Seat> findByCamp(long campId);
}
