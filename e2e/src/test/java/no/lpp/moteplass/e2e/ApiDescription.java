package no.lpp.moteplass.e2e;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service's operations as its OpenAPI document describes them (read with swagger-parser, references resolved): the
 * method, the path template, the parameters and the JSON body's schema. The document is what clients are told; the
 * edge tests take it at its word.
 */
final class ApiDescription {

    /** One operation of one service. */
    record Operation(String service, String method, String path, List<Parameter> parameters, Schema<?> body,
            Set<String> bodyTypes) {

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> where.equals(p.getIn())).toList();
        }

        boolean writes() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private ApiDescription() {
    }

    static List<Operation> operations(String service, String openApiJson) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(openApiJson, null, options).getOpenAPI();
        List<Operation> operations = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
            Schema<?> body = null;
            Set<String> types = Set.of();
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                var content = operation.getRequestBody().getContent();
                types = content.keySet();
                var json = content.get("application/json");
                body = json == null ? null : json.getSchema();
            }
            operations.add(new Operation(service, method.name(), path, parameters, body, types));
        }));
        return operations;
    }

    /** The schema's JSON type ({@code string}, {@code integer} ...), in OpenAPI 3.0 or 3.1 style. */
    static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes().stream().filter(t -> !t.equals("null")).findFirst().orElse("null");
        }
        return schema.getProperties() != null ? "object" : schema.getItems() != null ? "array" : "string";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Schema<?>> properties(Schema<?> schema) {
        return schema.getProperties() == null ? Map.of() : (Map<String, Schema<?>>) (Map<?, ?>) schema.getProperties();
    }

    static boolean required(Schema<?> parent, String property) {
        return parent.getRequired() != null && parent.getRequired().contains(property);
    }
}
