package no.lpp.moteplass.meeting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class MeetingServiceApplication {

    public static void main(String[] args) {
        // Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader scan of every jar each time it encodes a
        // header or a body part (jakartaee/mail-api#861): a third of this service's CPU while sending a burst's
        // confirmations. Naming the implementation makes that lookup a Class.forName of a loaded class.
        System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        SpringApplication.run(MeetingServiceApplication.class, args);
    }
}
