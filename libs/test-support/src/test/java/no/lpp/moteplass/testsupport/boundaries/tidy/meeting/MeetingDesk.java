package no.lpp.moteplass.testsupport.boundaries.tidy.meeting;

import org.springframework.stereotype.Service;

/** Named for its role and its feature. */
@Service
public class MeetingDesk {
}
