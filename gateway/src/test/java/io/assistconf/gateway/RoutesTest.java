package io.assistconf.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assistconf.Kind;
import io.assistconf.Variant;
import org.junit.jupiter.api.Test;

class RoutesTest {

    @Test
    void theShippedTableHasTheDocumentedEndpointsOfEachVariant() {
        assertThat(Routes.defaults().toString()).isEqualTo("""
                GET /v1/assistants freddy list-query
                POST /v1/assistants freddy create
                PUT /v1/assistants/{id} freddy update
                PATCH /v1/assistants/{id} freddy update
                GET /api/v1/assistants burki list-query
                POST /api/v1/assistants burki create
                PUT /api/v1/assistants/{id} burki update
                POST /assistants/ cogsol create
                PUT /assistants/{id}/ cogsol update
                """);
    }

    @Test
    void aTableWrittenOutReadsBackTheSame() {
        Routes routes = Routes.defaults().plus(Routes.of(java.util.List.of(
                Route.unchecked("DELETE", "/v1/assistants/{id}", Variant.FREDDY))));
        assertThat(Routes.parse(routes.toString()).routes()).isEqualTo(routes.routes());
    }

    @Test
    void templatesMatchOneSegmentPerParameterAndIgnoreATrailingSlash() {
        Routes routes = Routes.defaults();
        assertThat(routes.find("PATCH", "/v1/assistants/asst_1")).map(Route::kind).contains(Kind.UPDATE);
        assertThat(routes.find("patch", "/v1/assistants/asst_1/")).isPresent();
        assertThat(routes.find("POST", "/v1/assistants/")).map(Route::kind).contains(Kind.CREATE);
        assertThat(routes.find("POST", "/assistants")).map(Route::variant).contains(Variant.COGSOL);
        assertThat(routes.find("PUT", "/assistants/42/")).map(Route::variant).contains(Variant.COGSOL);
        assertThat(routes.find("PUT", "/v1/assistants//")).isEmpty();
        assertThat(routes.find("PUT", "/v1/assistants/a/b")).isEmpty();
        assertThat(routes.find("DELETE", "/v1/assistants/a")).isEmpty();
        assertThat(routes.methods("/v1/assistants/a")).containsExactly("PUT", "PATCH");
    }

    @Test
    void aPrefixMountsEveryRoute() {
        Routes mounted = Routes.defaults().withPrefix("/gateway/");
        assertThat(mounted.find("POST", "/gateway/v1/assistants")).isPresent();
        assertThat(mounted.find("POST", "/v1/assistants")).isEmpty();
        assertThat(Routes.defaults().withPrefix("edge").routes().get(0).template()).isEqualTo("/edge/v1/assistants");
    }

    @Test
    void addedRoutesOverrideThoseOfTheSameMethodAndTemplate() {
        Routes routes = Routes.defaults().only(Variant.FREDDY).plus(Routes.parse("""
                # PATCH stays unchecked on this service
                PATCH /v1/assistants/{id}/ freddy -
                POST  /agents             burki  create
                """));
        assertThat(routes.routes()).hasSize(5);
        assertThat(routes.find("PATCH", "/v1/assistants/a")).hasValueSatisfying(route -> assertThat(route.checked())
                .isFalse());
        assertThat(routes.find("POST", "/agents")).map(Route::variant).contains(Variant.BURKI);
        assertThat(routes.find("POST", "/api/v1/assistants")).isEmpty();
    }

    @Test
    void aMalformedTableNamesItsLine() {
        assertThatThrownBy(() -> Routes.parse("GET /v1/assistants freddy list-query\nPOST /x freddy"))
                .hasMessage("route table line 2: expected 4 columns (method, path template, variant, kind), found 3");
        assertThatThrownBy(() -> Routes.parse("\nPOST /x fredy create")).hasMessageStartingWith(
                "route table line 2: unknown variant 'fredy'");
        assertThatThrownBy(() -> Routes.parse("POST /x freddy object")).hasMessage(
                "route table line 1: a route checks a request; 'object' is no request kind");
        assertThatThrownBy(() -> Routes.parse("POST x freddy create")).hasMessage(
                "route table line 1: a path template starts with '/', was 'x'");
    }
}
