package com.retailstudio.app.approval;

import com.retailstudio.app.plans.MarkdownPlanFormatException;
import com.retailstudio.app.plans.MarkdownPlanJson;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.data.io.DataFormatException;
import com.retailstudio.data.io.DataReaders;
import com.retailstudio.data.model.Product;
import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.PortfolioRulesReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What reviewers read instead of internal ids and kinds: "markdown plan 'Markdowns 31 Aug 2026'", a journey by its
 * name, a product by its name beside its id. Names are read from the version under review (and products from the
 * active data set) once and remembered; anything unreadable falls back to the id.
 */
public final class ReviewTitles {

    private final Workspace workspace;
    private final Map<String, String> names = new ConcurrentHashMap<>();
    /** The products of the data set they were read from, read again when another data set becomes active. */
    private volatile ProductNames productNames = new ProductNames("", Map.of());

    private record ProductNames(String source, Map<String, String> byId) {
    }

    public ReviewTitles(Workspace workspace) {
        this.workspace = workspace;
    }

    /** "journey", "markdown plan": a document kind as people say it. */
    public static String kind(String kind) {
        return kind.replace('_', ' ');
    }

    /** The name the author gave the version under review, or its id when it has none or cannot be read. */
    public String name(Review review) {
        return names.computeIfAbsent(review.kind() + "\u0000" + review.id() + "\u0000" + review.version(),
                key -> readName(review).filter(name -> !name.isBlank()).orElse(review.id()));
    }

    /** "markdown plan 'Markdowns 31 Aug 2026' v2". */
    public String title(Review review) {
        return kind(review.kind()) + " '" + name(review) + "' v" + review.version();
    }

    /** "P00004 · Linen shirt, white", or the id alone when the active data set does not name it. */
    public String product(String productId) {
        String name = productNames().get(productId);
        return name == null ? productId : productId + " · " + name;
    }

    private Optional<String> readName(Review review) {
        return workspace.documents().version(review.kind(), review.id(), review.version()).flatMap(version -> {
            try {
                if (DocumentChecks.JOURNEY.equals(review.kind())) {
                    return Optional.of(JourneyJson.parse(version.body()).name());
                }
                if (DocumentChecks.MARKDOWN_PLAN.equals(review.kind())) {
                    return Optional.of(MarkdownPlanJson.read(version.body()).name());
                }
                if (PortfolioRulesCheck.KIND.equals(review.kind())) {
                    return Optional.of(PortfolioRulesReader.parse(version.body()).name());
                }
            } catch (JourneyFormatException | MarkdownPlanFormatException e) {
                return Optional.empty();
            }
            return Optional.empty();
        });
    }

    private Map<String, String> productNames() {
        String source = workspace.dataSets().active().map(active -> active.sourcePath()).orElse("");
        ProductNames known = productNames;
        if (!known.source().equals(source)) {
            Path file = Path.of(source, "products.csv");
            known = new ProductNames(source, !source.isEmpty() && Files.isRegularFile(file) ? readProducts(file)
                    : Map.of());
            productNames = known;
        }
        return known.byId();
    }

    private static Map<String, String> readProducts(Path file) {
        try (Stream<Product> products = DataReaders.products(file)) {
            return products.collect(Collectors.toUnmodifiableMap(Product::productId, Product::name, (a, b) -> a));
        } catch (DataFormatException | UncheckedIOException e) {
            return Map.of();
        }
    }
}
