using System.Globalization;
using System.Text;

namespace Handbook.Text;

/// <summary>Turns titles and file names into URL-safe slugs.</summary>
public static class Slug
{
    /// <summary>Longest slug kept, so that file names stay well within file-system limits.</summary>
    public const int MaxLength = 80;

    /// <summary>
    /// Lower-case ASCII letters, digits and single dashes: "Rolled back: v2!" becomes <c>rolled-back-v2</c>.
    /// Accented letters lose their accents; other characters become dashes.
    /// </summary>
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingDash && builder.Length > 0) builder.Append('-');
                pendingDash = false;
                builder.Append(lower);
                if (builder.Length >= MaxLength) break;
            }
            else
            {
                pendingDash = true;
            }
        }
        return builder.ToString().TrimEnd('-');
    }

    /// <summary>True when <paramref name="text"/> is already a slug (what <see cref="From"/> would return).</summary>
    public static bool IsValid(string text) => text.Length > 0 && From(text) == text;
}
