package com.retailstudio.app.workspace;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs every test of the class twice: on an H2 workspace folder and on a team workspace on PostgreSQL. Tests take a
 * {@link TestWorkspaces} parameter (e.g. in their {@code @BeforeEach}); it is closed after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ClassTemplate
@ExtendWith(OnBothWorkspaces.Kinds.class)
public @interface OnBothWorkspaces {

    /** One run of the class per kind of workspace. */
    final class Kinds implements ClassTemplateInvocationContextProvider {
        @Override
        public boolean supportsClassTemplate(ExtensionContext context) {
            return true;
        }

        @Override
        public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(
                ExtensionContext context) {
            // The fast suite (-Pfast) runs these classes on H2 only, without starting a PostgreSQL cluster.
            boolean skipPostgres = Boolean.getBoolean(PostgresTestServer.SKIP_PROPERTY);
            return Stream.of(TestWorkspaces.Kind.values())
                    .filter(kind -> !(skipPostgres && kind == TestWorkspaces.Kind.POSTGRESQL))
                    .map(KindContext::new);
        }
    }

    /** The run on one kind: resolves {@link TestWorkspaces} of that kind. */
    record KindContext(TestWorkspaces.Kind kind) implements ClassTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return kind.name().toLowerCase(Locale.ROOT);
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new ParameterResolver() {
                @Override
                public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
                    return parameter.getParameter().getType() == TestWorkspaces.class;
                }

                @Override
                public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
                    // One per test, closed with the test's context.
                    return extension.getStore(ExtensionContext.Namespace.create(OnBothWorkspaces.class, kind))
                            .getOrComputeIfAbsent("workspaces", key -> new TestWorkspaces(kind),
                                    TestWorkspaces.class);
                }
            });
        }
    }
}
