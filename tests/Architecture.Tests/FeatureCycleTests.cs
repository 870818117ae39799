namespace PapiTracker.Architecture.Tests;

/// <summary>
/// The application's areas (PapiTracker.Application.&lt;Area&gt;, Common included) may depend on each other
/// only one way: a loop (Plans → Reporting → Plans) means neither can change or be moved without the other.
/// </summary>
public sealed class FeatureCycleTests
{
    private const string Root = "PapiTracker.Application.";

    [Test]
    public void ApplicationAreasShouldNotDependOnEachOtherInACycle()
    {
        var edges = AreaDependencies();

        var cycles = Cycles(edges).Select(cycle => Describe(cycle, edges)).ToList();

        cycles.ShouldBeEmpty("areas that depend on each other in a loop:\n" + string.Join("\n", cycles));
    }

    [Test]
    public void TheDependencyReaderShouldSeeAnAreaUsingAnother()
    {
        // Guards the rule above against a reader that finds nothing: Plans' use cases read Scores' estimates.
        AreaDependencies().ShouldContainKey(("Plans", "Scores"));
    }

    /// <summary>Area → area, with one "type → type" example for each edge.</summary>
    private static Dictionary<(string From, string To), string> AreaDependencies()
    {
        var edges = new Dictionary<(string, string), string>();
        foreach (var type in TypeDependencies.TopLevelTypes(Layers.Module(Layers.Application)))
        {
            if (AreaOf(type.Namespace) is not { } from)
                continue;
            foreach (var used in TypeDependencies.Of(type).Order(StringComparer.Ordinal))
            {
                if (AreaOf(used) is { } to && to != from)
                    edges.TryAdd((from, to), $"{type.FullName} → {used}");
            }
        }
        return edges;
    }

    private static string? AreaOf(string name) =>
        name.StartsWith(Root, StringComparison.Ordinal) ? name[Root.Length..].Split('.')[0] : null;

    /// <summary>The strongly connected components of more than one area (Tarjan), each a cycle or several.</summary>
    private static List<List<string>> Cycles(Dictionary<(string From, string To), string> edges)
    {
        var next = edges.Keys.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).Order().ToList());
        var nodes = edges.Keys.SelectMany(e => new[] { e.From, e.To }).Distinct().Order().ToList();
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var components = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var to in next.GetValueOrDefault(node, []))
            {
                if (!index.ContainsKey(to))
                {
                    Visit(to);
                    low[node] = Math.Min(low[node], low[to]);
                }
                else if (stack.Contains(to))
                    low[node] = Math.Min(low[node], index[to]);
            }
            if (low[node] != index[node])
                return;
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                component.Add(member);
            } while (member != node);
            if (component.Count > 1)
                components.Add([.. component.Order()]);
        }

        foreach (var node in nodes.Where(n => !index.ContainsKey(n)))
            Visit(node);
        return components;
    }

    private static string Describe(List<string> cycle, Dictionary<(string From, string To), string> edges) =>
        string.Join(", ", cycle) + ":\n" + string.Join("\n",
            edges.Where(e => cycle.Contains(e.Key.From) && cycle.Contains(e.Key.To))
                .OrderBy(e => e.Key.From).ThenBy(e => e.Key.To)
                .Select(e => $"  {e.Key.From} → {e.Key.To} ({e.Value})"));
}
