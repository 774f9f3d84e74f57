package no.lpp.moteplass.portal.staff.national;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.portal.staff.SignedIn;
import no.lpp.moteplass.portal.staff.TeamApi;
import no.lpp.moteplass.portal.web.ServiceClients;
import no.lpp.moteplass.portal.web.ApiProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.service.registry.ImportHttpServices;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Training for LPP's trainers and administrators: the courses, the sessions (and scheduling a new one), and the
 * certifications that run out within 60 days — a facilitator whose certification lapses cannot lead meetings.
 */
@Controller
@RequestMapping("/min-side/opplaering")
@ImportHttpServices(group = ServiceClients.TEAM_SERVICE, types = TrainingApi.class)
class TrainingPages {

    /** The teams service flags a certification 60 days before it ends. */
    private static final int EXPIRY_WARNING_DAYS = 60;

    private final TrainingApi training;
    private final TeamApi teams;

    TrainingPages(TrainingApi training, TeamApi teams) {
        this.training = training;
        this.teams = teams;
    }

    @GetMapping
    String training(Model model) {
        List<TrainingApi.CourseType> courses = training.courseTypes().items();
        model.addAttribute("courses", courses);
        model.addAttribute("courseNames", courseNames(courses));
        model.addAttribute("sessions", training.sessions().items().stream()
                .sorted(Comparator.comparing(TrainingApi.Session::startsAt).reversed()).toList());
        List<TrainingApi.CertificationView> expiring = training.expiringCertifications(EXPIRY_WARNING_DAYS).items();
        Map<UUID, String> people = new HashMap<>();
        expiring.forEach(view -> people.computeIfAbsent(view.certification().personId(),
                id -> teams.person(id).name()));
        model.addAttribute("expiring", expiring);
        model.addAttribute("people", people);
        return "national/training";
    }

    @GetMapping("/kurs/nytt")
    String sessionForm(@ModelAttribute("user") SignedIn user, Model model) {
        user.mayUse(user.trains());
        return sessionPage(SessionForm.blank(), Map.of(), null, model);
    }

    @PostMapping("/kurs")
    String schedule(@ModelAttribute SessionForm session, Model model) {
        try {
            training.schedule(session.toRequest());
            return "redirect:/min-side/opplaering?planlagt";
        } catch (HttpClientErrorException e) {
            if (!ApiProblem.isRefusal(e)) {
                throw e;
            }
            ApiProblem problem = ApiProblem.of(e, SessionForm.FIELDS);
            return sessionPage(session, problem.fields(), problem.summary("Noe i skjemaet må rettes."), model);
        }
    }

    private String sessionPage(SessionForm session, Map<String, String> errors, String problem, Model model) {
        model.addAttribute("courseNames", courseNames(training.courseTypes().items()));
        model.addAttribute("course", session);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "national/session";
    }

    private static Map<UUID, String> courseNames(List<TrainingApi.CourseType> courses) {
        Map<UUID, String> names = new LinkedHashMap<>();
        courses.forEach(course -> names.put(course.id(), course.name()));
        return names;
    }
}
