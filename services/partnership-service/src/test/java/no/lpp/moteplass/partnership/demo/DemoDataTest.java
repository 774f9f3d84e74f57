package no.lpp.moteplass.partnership.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = "moteplass.demo-data=true")
@RealInfrastructure
class DemoDataTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demoData;

    @Test
    void loadsARealisticRegisterOnceIntoAnEmptyDatabase() {
        assertThat(count("select count(*) from organization")).isEqualTo(13);
        assertThat(strings("select distinct region from organization where region is not null"))
                .containsExactlyInAnyOrder("VEST", "MIDT");
        assertThat(strings("select type from organization")).contains("REGIONAL_HEALTH_AUTHORITY", "HEALTH_TRUST", "DPS",
                "MUNICIPALITY", "LPP_NATIONAL", "LPP_LOCAL_CHAPTER");
        assertThat(strings("select identity_alias from organization where identity_alias is not null"))
                .containsExactlyInAnyOrder("lpp", "demo-hf", "demo-kommune");
        assertThat(strings("select status from agreement")).containsExactlyInAnyOrder("ACTIVE", "ACTIVE", "DRAFT", "TERMINATED");
        assertThat(count("select count(*) from agreement where expiry_flagged_at is not null")).isEqualTo(1);

        demoData.loadIntoAnEmptyRegister();

        assertThat(count("select count(*) from organization")).isEqualTo(13);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private List<String> strings(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }
}
