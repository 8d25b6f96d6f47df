using System.Text;

namespace Handbook.Tests.Robustness;

/// <summary>Seeded, reproducible damage to text: deletions, repeats, truncation, swapped lines and hostile characters.</summary>
internal sealed class Mutator(int seed)
{
    private static readonly string[] Hostile =
    [
        ":", "-", "[", "]", "{", "}", "\"", "'", "\n", "\r\n", "#", ">", "*", "`", "\t", "|", "&", "!", "%", "@",
        "---", "...", "\u0000", "\uFEFF", "\u2028", "é", "😀", "<script>", "{{", "}}", "- ", "  ", "? ", "*a", "&a",
    ];

    private readonly Random _random = new(seed);

    public string Mutate(string text)
    {
        var builder = new StringBuilder(text);
        var steps = _random.Next(1, 4);
        for (var i = 0; i < steps; i++) Step(builder);
        return builder.ToString();
    }

    private void Step(StringBuilder text)
    {
        var at = text.Length == 0 ? 0 : _random.Next(text.Length);
        switch (_random.Next(6))
        {
            case 0:
                text.Remove(at, Math.Min(_random.Next(1, 40), text.Length - at));
                break;
            case 1:
                var length = Math.Min(_random.Next(1, 60), text.Length - at);
                text.Insert(_random.Next(text.Length + 1), text.ToString(at, length));
                break;
            case 2:
                text.Insert(at, Hostile[_random.Next(Hostile.Length)]);
                break;
            case 3:
                text.Length = at;
                break;
            case 4:
                var lines = text.ToString().Split('\n');
                if (lines.Length > 2)
                {
                    var a = _random.Next(lines.Length);
                    var b = _random.Next(lines.Length);
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                    text.Clear().Append(string.Join('\n', lines));
                }
                break;
            default:
                // Whole strings, so a surrogate pair is never split into text no file could hold.
                text.Insert(at, string.Concat(Enumerable.Repeat(Hostile[_random.Next(Hostile.Length)], _random.Next(1, 200))));
                break;
        }
    }
}
