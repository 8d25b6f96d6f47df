using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Handbook.Tests.Architecture;

public class ArchitectureTests
{
    private static readonly Assembly Core = typeof(Handbook.Pipeline.HandbookPipeline).Assembly;

    [Fact]
    public void The_engine_namespaces_depend_on_each_other_without_a_cycle()
    {
        var graph = NamespaceGraph.Read(Core.Location, "Handbook");

        var cycle = graph.FindCycle();

        Assert.True(cycle is null, cycle is null ? "" : "namespace cycle: " + NamespaceGraph.Describe(cycle));
    }

    [Fact]
    public void The_graph_reads_dependencies_made_only_inside_method_bodies()
    {
        // Rendering calls the analysis stage only from method bodies (Facts(story).Hook), never in a signature it exposes.
        var graph = NamespaceGraph.Read(Core.Location, "Handbook");

        Assert.Contains("Handbook.Analysis", graph.Edges["Handbook.Rendering"].Keys);
    }

    [Fact]
    public void A_cycle_is_named_with_the_uses_that_make_it()
    {
        var graph = new NamespaceGraph(new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["A"] = new Dictionary<string, string> { ["B"] = "A.X uses B.Y" },
            ["B"] = new Dictionary<string, string> { ["C"] = "B.Y uses C.Z" },
            ["C"] = new Dictionary<string, string> { ["A"] = "C.Z uses A.X" },
        });

        var cycle = graph.FindCycle()!;

        Assert.Equal(["A", "B", "C"], cycle.Select(step => step.From));
        Assert.Equal("A", cycle[^1].To);
        Assert.Contains("C.Z uses A.X", NamespaceGraph.Describe(cycle));
    }

    [Fact]
    public void A_graph_that_only_goes_down_has_no_cycle()
    {
        var graph = new NamespaceGraph(new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["A"] = new Dictionary<string, string> { ["B"] = "", ["C"] = "" },
            ["B"] = new Dictionary<string, string> { ["C"] = "" },
        });

        Assert.Null(graph.FindCycle());
    }

    [Fact]
    public void The_engine_keeps_no_static_cache_of_story_data()
    {
        // Per-story results live in the analysis stage and the build cache, which a build owns. A static table keyed by
        // System.Type (reflection over the engine's own view models) cannot go stale and is allowed.
        var caches = Core.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(field => field.FieldType.IsGenericType)
                .Where(field => field.FieldType.GetGenericTypeDefinition() == typeof(ConditionalWeakTable<,>)
                    || (field.FieldType.GetGenericTypeDefinition() == typeof(ConcurrentDictionary<,>) && field.FieldType.GetGenericArguments()[0] != typeof(Type)))
                .Select(field => $"{type.FullName}.{field.Name}"))
            .ToList();

        Assert.Empty(caches);
    }
}
