package no.lpp.moteplass.testsupport.boundaries.tangled.registration;

import org.springframework.stereotype.Service;

/** A desk named for another feature than the one it is in. */
@Service
public class PlanningDesk {
}
