using System.CommandLine;
using EcoAssessment.Privacy;

namespace EcoAssessment.Cli.Commands;

/// <summary>
/// <c>--redact</c> and <c>--redact-key</c>, shared by every command that reads a dataset: member IDs in everything the
/// command prints or writes are replaced by keyed pseudonyms (docs/privacy.md).
/// </summary>
internal sealed class RedactOptions
{
    /// <summary>The environment variable that holds the key when <c>--redact-key</c> is not given.</summary>
    public const string KeyVariable = "ECO_REDACT_KEY";

    public Option<bool> Redact { get; } = new("--redact")
    {
        Description = $"Replace member IDs in every output with stable pseudonyms M-XXXXXXXXXX (HMAC-SHA256 with the key of --redact-key or {KeyVariable}).",
    };

    public Option<string?> Key { get; } = new("--redact-key")
    {
        Description = $"The secret key for --redact (at least {MemberPseudonyms.MinKeyBytes} bytes). Prefer {KeyVariable}: a command line is visible to other users of the machine.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Redact);
        command.Options.Add(Key);
    }

    /// <summary>The pseudonyms to use, or null without <c>--redact</c>.</summary>
    /// <exception cref="CliException">Exit 2: <c>--redact</c> without a usable key, or <c>--redact-key</c> without <c>--redact</c>.</exception>
    public MemberPseudonyms? Resolve(ParseResult parse)
    {
        var command = "eco " + parse.CommandResult.Command.Name;
        var given = parse.GetValue(Key);
        if (!parse.GetValue(Redact))
        {
            if (given is not null)
            {
                throw new CliException(ExitCodes.Usage, $"{command}: --redact-key is given without --redact; add --redact to pseudonymise member IDs, or drop the key");
            }

            return null;
        }

        var (key, source) = given is not null ? (given, "--redact-key") : (Environment.GetEnvironmentVariable(KeyVariable), KeyVariable);
        if (string.IsNullOrEmpty(key))
        {
            throw new CliException(ExitCodes.Usage,
                $"{command}: --redact needs a secret key: set the environment variable {KeyVariable} (or give --redact-key) to a random text of at least "
                + $"{MemberPseudonyms.MinKeyBytes} characters, and keep it to get the same pseudonyms in later runs; see docs/privacy.md");
        }

        if (!MemberPseudonyms.IsUsableKey(key))
        {
            throw new CliException(ExitCodes.Usage,
                $"{command}: the key in {source} is too short to protect member IDs ({System.Text.Encoding.UTF8.GetByteCount(key)} bytes); use a random text of at least {MemberPseudonyms.MinKeyBytes}");
        }

        return new MemberPseudonyms(key);
    }
}
