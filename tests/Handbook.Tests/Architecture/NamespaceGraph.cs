using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Handbook.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly use which, read from its compiled code: signatures, base types, attributes and every
/// type, method and field a method body names. A feature's sub-namespaces count as the feature
/// (<c>Handbook.Validation.Rules</c> is <c>Handbook.Validation</c>), since a folder is the unit that must not go round in a circle.
/// </summary>
public sealed class NamespaceGraph
{
    /// <summary>Each dependency, from namespace to namespace, with one example of the use that makes it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Edges { get; }

    public NamespaceGraph(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> edges) => Edges = edges;

    /// <summary>The graph of the assembly at <paramref name="path"/>, over namespaces that start with <paramref name="root"/>.</summary>
    public static NamespaceGraph Read(string path, string root)
    {
        var edges = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        using var module = ModuleDefinition.ReadModule(path);
        foreach (var type in module.GetTypes())
        {
            var from = Feature(type, root);
            if (from is null) continue;
            void Use(TypeReference? used, string where)
            {
                foreach (var reference in Expand(used))
                {
                    var to = Feature(reference, root);
                    if (to is null || to == from) continue;
                    if (!edges.TryGetValue(from, out var targets)) edges[from] = targets = new(StringComparer.Ordinal);
                    targets.TryAdd(to, $"{Name(type)} uses {Name(reference)} ({where})");
                }
            }
            Use(type.BaseType, "base type");
            foreach (var face in type.Interfaces) Use(face.InterfaceType, "interface");
            foreach (var attribute in type.CustomAttributes) Use(attribute.AttributeType, "attribute");
            foreach (var field in type.Fields) Use(field.FieldType, $"field {field.Name}");
            foreach (var property in type.Properties) Use(property.PropertyType, $"property {property.Name}");
            foreach (var method in type.Methods)
            {
                Use(method.ReturnType, $"{method.Name} returns");
                foreach (var parameter in method.Parameters) Use(parameter.ParameterType, $"{method.Name} parameter");
                if (!method.HasBody) continue;
                foreach (var local in method.Body.Variables) Use(local.VariableType, $"{method.Name} local");
                foreach (var instruction in method.Body.Instructions)
                {
                    switch (instruction.Operand)
                    {
                        case TypeReference operand:
                            Use(operand, $"{method.Name} body");
                            break;
                        case MethodReference operand:
                            Use(operand.DeclaringType, $"{method.Name} calls {operand.Name}");
                            Use(operand.ReturnType, $"{method.Name} calls {operand.Name}");
                            if (operand is GenericInstanceMethod generic)
                            {
                                foreach (var argument in generic.GenericArguments) Use(argument, $"{method.Name} calls {operand.Name}");
                            }
                            break;
                        case FieldReference operand:
                            Use(operand.DeclaringType, $"{method.Name} reads {operand.Name}");
                            break;
                    }
                }
            }
        }
        return new NamespaceGraph(edges.ToDictionary(e => e.Key, e => (IReadOnlyDictionary<string, string>)e.Value, StringComparer.Ordinal));
    }

    /// <summary>
    /// One cycle of the graph, as the namespaces in order with the first repeated at the end, each step with the use that
    /// makes it; null when the graph has none.
    /// </summary>
    public IReadOnlyList<(string From, string To, string Because)>? FindCycle()
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the path, 2 done
        var path = new List<string>();
        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in Edges.GetValueOrDefault(node)?.Keys ?? [])
            {
                if (state.GetValueOrDefault(next) == 1) return [.. path[path.IndexOf(next)..], next];
                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } found) return found;
            }
            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
        foreach (var node in Edges.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(node) != 0) continue;
            if (Visit(node) is { } cycle) return cycle.Zip(cycle.Skip(1), (a, b) => (a, b, Edges[a][b])).ToList();
        }
        return null;
    }

    /// <summary>The cycle in words: "A -> B (why) -> A (why)".</summary>
    public static string Describe(IReadOnlyList<(string From, string To, string Because)> cycle) =>
        cycle[0].From + string.Concat(cycle.Select(step => $"\n  -> {step.To}   because {step.Because}"));

    // A type and the types it is made of: array elements, generic arguments, by-ref and pointer targets.
    private static IEnumerable<TypeReference> Expand(TypeReference? type)
    {
        if (type is null) yield break;
        yield return type;
        if (type is TypeSpecification specification)
        {
            foreach (var inner in Expand(specification.ElementType)) yield return inner;
        }
        if (type is GenericInstanceType generic)
        {
            foreach (var argument in generic.GenericArguments.SelectMany(Expand)) yield return argument;
        }
    }

    // "Handbook.Validation.Rules.X" -> "Handbook.Validation"; nested types take their outer type's namespace.
    private static string? Feature(TypeReference type, string root)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        if (type is TypeSpecification || type is GenericParameter) return null;
        var name = type.Namespace;
        if (name != root && !name.StartsWith(root + ".", StringComparison.Ordinal)) return null;
        var parts = name.Split('.');
        return parts.Length <= 2 ? name : $"{parts[0]}.{parts[1]}";
    }

    private static string Name(TypeReference type) => type.FullName.Replace('/', '.');
}
