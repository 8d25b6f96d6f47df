namespace Handbook.Configuration;

/// <summary>The names of the files and folders a handbook's input folder holds.</summary>
public static class ConfigFiles
{
    /// <summary>Site settings, competencies and rule severities.</summary>
    public const string Handbook = "handbook.yml";

    /// <summary>The question bank.</summary>
    public const string Questions = "questions.yml";

    /// <summary>The built-in phrase lists of the coaching checks.</summary>
    public const string Phrases = "phrases.yml";

    /// <summary>The folder of story files.</summary>
    public const string Stories = "stories";

    /// <summary>Theme overrides inside the input folder.</summary>
    public const string ThemeOverrides = "theme";

    /// <summary>The built-in text of a default file (the one used when the input has none).</summary>
    public static string DefaultText(string fileName)
    {
        var assembly = typeof(ConfigFiles).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Handbook.Defaults.{fileName}")
            ?? throw new InvalidOperationException($"The built-in {fileName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
