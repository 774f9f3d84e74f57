package no.lpp.moteplass.chart;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.springframework.asm.AnnotationVisitor;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;
import org.yaml.snakeyaml.Yaml;

/**
 * What one component's executable jar decides by properties: every bean condition on a property
 * ({@code @ConditionalOnProperty}, {@code @ConditionalOnBooleanProperty}) in its classes and libraries, and its
 * configuration files (its application.yml and the libraries' moteplass-*-defaults.yml), flattened, so that a
 * property's value can be worked out for a given environment as Spring Boot would.
 */
record PropertyConditions(List<Condition> conditions, Map<String, String> configuration) {

    private static final String ON_PROPERTY = "Lorg/springframework/boot/autoconfigure/condition/ConditionalOnProperty;";
    private static final String ON_BOOLEAN =
            "Lorg/springframework/boot/autoconfigure/condition/ConditionalOnBooleanProperty;";
    private static final String IMPORT = "Lorg/springframework/context/annotation/Import;";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)(?::((?:[^{}]|\\{[^}]*})*))?}");

    /** One condition: where it is, the properties it reads, and when it matches. */
    record Condition(String origin, List<String> properties, String havingValue, boolean matchIfMissing) {

        /** Spring Boot's rule: a missing property matches if told so; an empty havingValue means "not false". */
        boolean matches(String value) {
            if (value == null) {
                return matchIfMissing;
            }
            return havingValue.isEmpty() ? !value.equalsIgnoreCase("false") : value.equalsIgnoreCase(havingValue);
        }
    }

    static PropertyConditions of(Path executableJar) throws IOException {
        List<Condition> conditions = new ArrayList<>();
        Map<String, List<String>> imports = new HashMap<>();
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> application = new HashMap<>();
        try (ZipFile jar = new ZipFile(executableJar.toFile())) {
            for (ZipEntry entry : jar.stream().toList()) {
                String name = entry.getName();
                if (name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar")) {
                    try (ZipInputStream library = new ZipInputStream(jar.getInputStream(entry))) {
                        for (ZipEntry inner; (inner = library.getNextEntry()) != null; ) {
                            read(inner.getName(), library.readAllBytes(), conditions, imports, defaults);
                        }
                    }
                } else if (name.startsWith("BOOT-INF/classes/")) {
                    byte[] content = jar.getInputStream(entry).readAllBytes();
                    read(name.substring("BOOT-INF/classes/".length()), content, conditions, imports, application);
                }
            }
        }
        Map<String, String> configuration = new HashMap<>(defaults);
        configuration.putAll(application); // the component's own file wins over its libraries' defaults
        // An excluded auto-configuration takes what it imports with it.
        Set<String> excluded = new HashSet<>();
        configuration.entrySet().stream().filter(entry -> entry.getKey().startsWith("spring.autoconfigure.exclude"))
                .forEach(entry -> exclude(entry.getValue(), imports, excluded));
        conditions.removeIf(condition -> excluded.stream().anyMatch(type -> condition.origin().equals(type)
                || condition.origin().startsWith(type + "$") || condition.origin().startsWith(type + ".")));
        return new PropertyConditions(conditions, configuration);
    }

    private static void exclude(String type, Map<String, List<String>> imports, Set<String> excluded) {
        if (excluded.add(type)) {
            imports.forEach((importing, imported) -> {
                if (importing.equals(type) || importing.startsWith(type + "$")) {
                    imported.forEach(inner -> exclude(inner, imports, excluded));
                }
            });
        }
    }

    /**
     * The value a property has in an environment (variables by name, relaxed as Spring Boot binds them; system
     * properties by name) over this component's configuration files, placeholders resolved; null when it has none.
     */
    String valueOf(String property, Map<String, String> systemProperties, Map<String, String> environment) {
        if (systemProperties.containsKey(property)) {
            return systemProperties.get(property);
        }
        String upper = property.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace("[", "_").replace("]", "");
        for (String variable : List.of(upper.replace("-", ""), upper.replace('-', '_'))) {
            if (environment.containsKey(variable)) {
                return environment.get(variable);
            }
        }
        String configured = configuration.get(property);
        return configured == null ? null : resolve(configured, systemProperties, environment);
    }

    private String resolve(String value, Map<String, String> systemProperties, Map<String, String> environment) {
        Matcher placeholder = PLACEHOLDER.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (placeholder.find()) {
            String found = valueOf(placeholder.group(1), systemProperties, environment);
            if (found == null && placeholder.group(2) != null) {
                found = resolve(placeholder.group(2), systemProperties, environment);
            }
            placeholder.appendReplacement(resolved, Matcher.quoteReplacement(found == null ? "" : found));
        }
        return placeholder.appendTail(resolved).toString();
    }

    private static void read(String name, byte[] content, List<Condition> conditions,
            Map<String, List<String>> imports, Map<String, String> into) {
        if (name.endsWith(".class") && contains(content, "Conditional")) {
            new ClassReader(content).accept(new ConditionReader(conditions, imports), ClassReader.SKIP_CODE);
        } else if (!name.contains("/") && (name.matches("application\\.ya?ml") || name.matches("moteplass-.*\\.yml"))) {
            for (Object document : new Yaml().loadAll(new ByteArrayInputStream(content))) {
                if (document != null) {
                    flatten("", document, into);
                }
            }
        }
    }

    private static void flatten(String prefix, Object value, Map<String, String> into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> flatten(prefix.isEmpty() ? key.toString() : prefix + "." + key, inner, into));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), into);
            }
        } else {
            into.put(prefix, String.valueOf(value));
        }
    }

    private static boolean contains(byte[] content, String text) {
        return new String(content, StandardCharsets.ISO_8859_1).contains(text);
    }

    /** Finds the property conditions on a class and on its bean methods, repeated ones included, and its imports. */
    private static final class ConditionReader extends ClassVisitor {

        private final List<Condition> conditions;
        private final Map<String, List<String>> imports;
        private String type;

        ConditionReader(List<Condition> conditions, Map<String, List<String>> imports) {
            super(Opcodes.ASM9);
            this.conditions = conditions;
            this.imports = imports;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] ifaces) {
            type = name.replace('/', '.');
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            if (IMPORT.equals(descriptor)) {
                List<String> imported = imports.computeIfAbsent(type, ignored -> new ArrayList<>());
                return arrays(new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public void visit(String ignored, Object value) {
                        imported.add(((Type) value).getClassName());
                    }
                });
            }
            return read(descriptor, type);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] ex) {
            String origin = type + "." + name;
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    return read(annotation, origin);
                }
            };
        }

        private AnnotationVisitor read(String descriptor, String origin) {
            if (ON_PROPERTY.equals(descriptor) || ON_BOOLEAN.equals(descriptor)) {
                return new Attributes(origin, ON_BOOLEAN.equals(descriptor) ? "true" : "");
            }
            // A container of repeated conditions (@ConditionalOnProperties): its elements are read as above.
            return arrays(new AnnotationVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String element, String inner) {
                    return read(inner, origin);
                }
            });
        }

        /** Reads an annotation's array attributes, each element with {@code elements}. */
        private static AnnotationVisitor arrays(AnnotationVisitor elements) {
            return new AnnotationVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitArray(String name) {
                    return elements;
                }
            };
        }

        /** One condition's attributes, defaults as the annotations declare them. */
        private final class Attributes extends AnnotationVisitor {

            final String origin;
            final List<String> names = new ArrayList<>();
            String prefix = "";
            String havingValue;
            boolean matchIfMissing;

            Attributes(String origin, String havingValue) {
                super(Opcodes.ASM9);
                this.origin = origin;
                this.havingValue = havingValue;
            }

            @Override
            public void visit(String name, Object value) {
                switch (name) {
                    case "prefix" -> prefix = (String) value;
                    case "havingValue" -> havingValue = String.valueOf(value);
                    case "matchIfMissing" -> matchIfMissing = (Boolean) value;
                    default -> { }
                }
            }

            @Override
            public AnnotationVisitor visitArray(String name) {
                return new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public void visit(String ignored, Object value) {
                        names.add((String) value);
                    }
                };
            }

            @Override
            public void visitEnd() {
                String base = prefix.isEmpty() || prefix.endsWith(".") ? prefix : prefix + ".";
                conditions.add(new Condition(origin, names.stream().map(name -> base + name).toList(), havingValue,
                        matchIfMissing));
            }
        }
    }
}
