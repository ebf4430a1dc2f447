namespace EcoAssessment.Cli;

/// <summary>The exit codes of DESIGN.md §5.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Negative = 1;
    public const int Usage = 2;
    public const int InputError = 3;
    public const int OutputError = 4;
    public const int Internal = 70;
}

/// <summary>A user error found while running a command: its exit code and the message already printed or to print.</summary>
public sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
