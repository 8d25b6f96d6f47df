using System.Runtime.InteropServices;

namespace Handbook.Publishing;

/// <summary>
/// Hard links, so an unchanged page in the new site can share the previous site's copy instead of being
/// written again. Best effort: where the platform or file system refuses, the caller writes the file.
/// </summary>
internal static class HardLinks
{
    // Set once a link fails for want of the call itself (not for one file), so later files skip the attempt.
    private static volatile bool _unavailable;

    /// <summary>Makes <paramref name="newPath"/> a second name for <paramref name="existingPath"/>; false when it cannot.</summary>
    public static bool TryCreate(string existingPath, string newPath)
    {
        if (_unavailable) return false;
        try
        {
            return OperatingSystem.IsWindows()
                ? CreateHardLink(newPath, existingPath, IntPtr.Zero)
                : link(existingPath, newPath) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return false;
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string existingPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);

    [DllImport("kernel32", EntryPoint = "CreateHardLinkW", SetLastError = true, CharSet = CharSet.Unicode)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLink(string newPath, string existingPath, IntPtr securityAttributes);
}
