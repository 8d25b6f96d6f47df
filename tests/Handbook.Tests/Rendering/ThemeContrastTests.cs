using System.Globalization;
using System.Text.RegularExpressions;
using Handbook.Tests.Support;

namespace Handbook.Tests.Rendering;

/// <summary>The default theme's text colours meet WCAG AA (4.5:1) on their backgrounds, in light and dark.</summary>
public partial class ThemeContrastTests
{
    private const double AaNormalText = 4.5;

    [GeneratedRegex(@"--(?<name>[\w-]+):\s*(?<hex>#[0-9a-fA-F]{6})")]
    private static partial Regex Variable();

    private static readonly string Css = File.ReadAllText(Path.Combine(Paths.Theme, "assets", "style.css"));

    public static TheoryData<string, string, string> Pairs()
    {
        var data = new TheoryData<string, string, string>();
        (string, string)[] pairs =
        [
            ("text", "bg"), ("muted", "bg"), ("link", "bg"), ("gap", "bg"),
            ("text", "surface"), ("muted", "surface"), ("link", "surface"),
            ("chip-level-text", "chip-level-bg"), ("chip-competency-text", "chip-competency-bg"), ("chip-pattern-text", "chip-pattern-bg"),
            ("text", "metric-bg"), ("muted", "metric-bg"), ("link", "metric-bg"), ("text", "tradeoff-bg"), ("muted", "tradeoff-bg"),
        ];
        foreach (var scheme in new[] { "light", "dark" })
        {
            foreach (var (fore, back) in pairs) data.Add(scheme, fore, back);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Text_colour_meets_aa_contrast(string scheme, string foreground, string background)
    {
        var colours = Colours(scheme);

        var ratio = Contrast(colours[foreground], colours[background]);

        Assert.True(ratio >= AaNormalText, $"{scheme}: --{foreground} on --{background} is {ratio:0.00}:1");
    }

    // Light values are the :root block; dark values override them inside prefers-color-scheme: dark.
    private static Dictionary<string, string> Colours(string scheme)
    {
        var light = Css[..Css.IndexOf("@media screen and (prefers-color-scheme: dark)", StringComparison.Ordinal)];
        var colours = Variable().Matches(light).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["hex"].Value);
        if (scheme == "dark")
        {
            var start = Css.IndexOf("@media screen and (prefers-color-scheme: dark)", StringComparison.Ordinal);
            var block = Css[start..Css.IndexOf("\n}\n", start, StringComparison.Ordinal)];
            foreach (Match m in Variable().Matches(block)) colours[m.Groups["name"].Value] = m.Groups["hex"].Value;
        }
        return colours;
    }

    private static double Contrast(string a, string b)
    {
        var (x, y) = (Luminance(a), Luminance(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
