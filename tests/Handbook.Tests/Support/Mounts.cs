using System.Diagnostics;

namespace Handbook.Tests.Support;

/// <summary>
/// Small tmpfs mounts, for the write failures only a real file system gives: a full disk, a read-only folder,
/// an output that is a mount point. Mounting needs root (or a user namespace); elsewhere the tests are skipped.
/// </summary>
internal sealed class Mount : IDisposable
{
    private Mount(string path) => Path = path;

    /// <summary>Where the file system is mounted.</summary>
    public string Path { get; }

    /// <summary>True when this process can mount a tmpfs.</summary>
    public static bool Available { get; } = Probe();

    /// <summary>Mounts a tmpfs of <paramref name="kilobytes"/> at <paramref name="path"/> (created if missing).</summary>
    public static Mount Tmpfs(string path, int kilobytes)
    {
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", path);
        return new Mount(path);
    }

    /// <summary>Makes the mount read-only (what is on it stays).</summary>
    public void MakeReadOnly() => Run("mount", "-o", "remount,ro", Path);

    public void Dispose()
    {
        try
        {
            Run("umount", "-l", Path);
        }
        catch (InvalidOperationException)
        {
            // Already gone; a leftover mount in a temp folder is harmless.
        }
    }

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root") return false;
        var probe = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "handbook-tests", "mount-probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (Tmpfs(probe, 64)) { }
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
        finally
        {
            try { Directory.Delete(probe); } catch (IOException) { }
        }
    }

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', args)}: {error.Trim()}");
    }
}

/// <summary>A test that needs <see cref="Mount"/>; skipped where this process cannot mount a file system.</summary>
public sealed class MountFactAttribute : FactAttribute
{
    public MountFactAttribute()
    {
        if (!Mount.Available) Skip = "mounting a tmpfs needs root on Linux; the write-failure tests are skipped.";
    }
}
