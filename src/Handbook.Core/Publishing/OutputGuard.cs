namespace Handbook.Publishing;

/// <summary>Why an output folder was refused, and what to pass instead.</summary>
/// <param name="Reason">One sentence: what the folder is and why Handbook will not replace it.</param>
/// <param name="Help">What to do instead.</param>
public sealed record OutputRefusal(string Reason, string Help);

/// <summary>Thrown when publishing finds the output, or a folder in its way, is not Handbook's to replace.</summary>
public sealed class OutputRefusedException(OutputRefusal refusal) : IOException(refusal.Reason)
{
    /// <summary>Why, and what to do.</summary>
    public OutputRefusal Refusal { get; } = refusal;
}

/// <summary>
/// Refuses output folders whose replacement would destroy something the user wrote. Every path is compared as
/// the file system sees it (<see cref="RealPath"/>): links resolved, with the file system's case rules.
/// </summary>
public static class OutputGuard
{
    private const string OwnFolder = "pass --output with a new or empty folder of its own, such as `--output site`.";

    /// <summary>The folders an output may never be, nor contain.</summary>
    /// <param name="Input">The input folder (the output may not be inside it either).</param>
    /// <param name="Theme">The theme folder (the output may not be inside it either); null when there is none.</param>
    /// <param name="WorkingDirectory">The folder the command runs in.</param>
    /// <param name="Home">The user's home folder; null when unknown.</param>
    public sealed record Protected(string Input, string? Theme, string WorkingDirectory, string? Home);

    /// <summary>
    /// Why <paramref name="output"/> may not be replaced, or null when it is safe: it may not be a file-system root,
    /// a file, the input, the theme, the working folder or the home folder, nor contain any of them, nor lie inside
    /// the input or the theme; and when it exists it must be empty or a previous Handbook output
    /// (<see cref="OutputOwnership"/>).
    /// </summary>
    public static OutputRefusal? Problem(string output, Protected folders)
    {
        var target = RealPath.Resolve(output);
        if (Path.GetPathRoot(target) is { } root && RealPath.Same(Path.TrimEndingDirectorySeparator(root), target) || target.Length == 0)
        {
            return new($"the output folder {target} is a file-system root.", OwnFolder);
        }
        if (File.Exists(target)) return new($"the output path {target} is a file, not a folder.", OwnFolder);

        var guarded = new List<(string? Path, string Name, bool NoneInside)>
        {
            (folders.WorkingDirectory, "the working folder", false),
            (folders.Home, "your home folder", false),
            (folders.Input, "the input folder", true),
            (folders.Theme, "the theme folder", true),
        };
        foreach (var (path, name, noneInside) in guarded)
        {
            if (string.IsNullOrEmpty(path)) continue;
            var real = RealPath.Resolve(path);
            if (RealPath.IsSameOrInside(real, target))
            {
                return new(RealPath.Same(real, target)
                    ? $"the output folder {target} is {name}; building would replace it."
                    : $"the output folder {target} holds {name} ({real}); building would replace it.", OwnFolder);
            }
            if (noneInside && RealPath.IsSameOrInside(target, real))
            {
                return new($"the output folder {target} is inside {name} ({real}).", "pass --output with a folder outside it, such as `--output output` beside the input.");
            }
        }
        return OutputOwnership.Refusal(target);
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (links resolved).</summary>
    public static bool IsSameOrInside(string path, string folder) => RealPath.IsSameOrInside(RealPath.Resolve(path), RealPath.Resolve(folder));
}
