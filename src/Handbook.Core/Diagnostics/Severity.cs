namespace Handbook.Diagnostics;

/// <summary>How much a diagnostic matters. <see cref="Off"/> is only used to silence a rule.</summary>
public enum Severity
{
    /// <summary>The rule is disabled; it reports nothing.</summary>
    Off = 0,

    /// <summary>Advice: the build still succeeds.</summary>
    Warning = 1,

    /// <summary>The build fails and the previous output stays in place.</summary>
    Error = 2,
}

/// <summary>Parsing and printing of <see cref="Severity"/> as written in <c>handbook.yml</c>.</summary>
public static class SeverityNames
{
    /// <summary>Parses <c>error</c>, <c>warning</c> or <c>off</c> (case-insensitive).</summary>
    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": case "warn": severity = Severity.Warning; return true;
            case "off": case "none": severity = Severity.Off; return true;
            default: severity = Severity.Off; return false;
        }
    }

    /// <summary>The lower-case name used in diagnostics and configuration.</summary>
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "off",
    };
}
