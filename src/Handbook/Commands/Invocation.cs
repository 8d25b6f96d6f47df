namespace Handbook.Cli.Commands;

/// <summary>
/// How to run this tool again from a given folder, for the next steps a command prints: <c>handbook</c> when that
/// name on PATH is this tool, else <c>dotnet run --project …  --</c> for a source checkout, else the tool's own path.
/// </summary>
internal static class Invocation
{
    /// <summary>The command line prefix that starts this tool from <paramref name="folder"/>.</summary>
    public static string From(string folder)
    {
        var process = Environment.ProcessPath ?? "";
        var isDotnetHost = Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        if (!isDotnetHost && OnPath("handbook") is { } onPath && SameFile(onPath, process)) return "handbook";
        if (isDotnetHost)
        {
            if (ProjectFolder() is { } project) return $"dotnet run --project {Quote(Path.GetRelativePath(folder, project))} --";
            return $"dotnet {Quote(Path.Combine(AppContext.BaseDirectory, "handbook.dll"))}";
        }
        return Quote(process);
    }

    // Under `dotnet run` the tool runs from bin/<configuration>/<framework>/ below its project.
    private static string? ProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Handbook.csproj"))) return dir.FullName;
        }
        return null;
    }

    private static string? OnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in OperatingSystem.IsWindows() ? new[] { name + ".exe", name + ".cmd" } : [name])
            {
                var path = Path.Combine(dir, candidate);
                if (File.Exists(path)) return path;
            }
        }
        return null;
    }

    private static bool SameFile(string a, string b)
    {
        try
        {
            static string Resolve(string path) => new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
            return string.Equals(Resolve(a), Resolve(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>A path as a shell argument: quoted when it has a space or a shell character.</summary>
    public static string Quote(string path) =>
        path.Length > 0 && path.All(c => char.IsLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or '~' or '\\' or ':') ? path : $"'{path.Replace("'", "'\\''")}'";
}
