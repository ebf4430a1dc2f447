using System.Runtime.InteropServices;

namespace EcoAssessment.IO.Output;

/// <summary>What a path names, for the output commit: nothing, a regular file, a folder, or something else (a device such as /dev/full, a pipe, a socket).</summary>
internal enum FileKind
{
    None,
    Regular,
    Directory,
    Special,
}

/// <summary>The kind of file a path names, following links (Linux: statx, whose layout is the same on every architecture; elsewhere from .NET's attributes).</summary>
internal static class FileKinds
{
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                var buffer = new byte[256];
                if (StatX(-100, path, 0, 1, buffer) != 0)
                {
                    return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.None;
                }

                // struct statx: stx_mode is the 16-bit field at offset 28; S_IFMT 0xF000, S_IFREG 0x8000, S_IFDIR 0x4000.
                var mode = BitConverter.ToUInt16(buffer, 28) & 0xF000;
                return mode switch
                {
                    0x8000 => FileKind.Regular,
                    0x4000 => FileKind.Directory,
                    _ => FileKind.Special,
                };
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // An old C library without statx: fall through to what .NET can tell.
            }
        }

        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.None;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int StatX(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
