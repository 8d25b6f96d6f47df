using System.CommandLine;

namespace Handbook.Cli.Commands;

/// <summary>Options shared by several commands, created per command so each has its own instance.</summary>
internal static class CommonOptions
{
    public static Option<string> Input() => new("--input", "-i")
    {
        Description = "The handbook folder (holds handbook.yml, questions.yml and stories/).",
        DefaultValueFactory = _ => "input",
    };

    public static Option<string?> Theme() => new("--theme")
    {
        Description = "A theme folder. Default: ./theme if it exists, else the theme shipped with the tool.",
    };

    public static Option<bool> Drafts() => new("--drafts")
    {
        Description = "Include stories marked `draft: true`.",
    };

    public static Option<bool> Share() => new("--share")
    {
        Description = "Build the share version: confidential terms (handbook.yml and stories' `confidential:`) replaced by their stand-ins, every output file scanned for them.",
    };

    /// <summary>The lock of a share build: from HANDBOOK_PASSPHRASE when it is set, else none.</summary>
    public static Handbook.Sharing.PassphraseLock? LockFromEnvironment(bool share) =>
        share && Environment.GetEnvironmentVariable(Handbook.Sharing.PassphraseLock.EnvironmentVariable) is { Length: > 0 } passphrase
            ? new Handbook.Sharing.PassphraseLock(passphrase)
            : null;

    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "Print errors only.",
    };

    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "Also print the time each stage took.",
    };

    public static Option<bool> CheckLinks() => new("--check-links")
    {
        Description = "Check every link of the rendered site at any size (by default only up to broken-link's maxStories, 200).",
    };
}
