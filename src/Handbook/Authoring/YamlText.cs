namespace Handbook.Cli.Authoring;

/// <summary>Writing values into YAML files the tool creates.</summary>
internal static class YamlText
{
    /// <summary>A YAML double-quoted scalar: safe for any title or name.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
