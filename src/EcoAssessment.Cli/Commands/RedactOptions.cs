using System.CommandLine;
using EcoAssessment.Catalogue;
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
        Description = CliText.T(Texts.CliRedact, KeyVariable),
    };

    public Option<string?> Key { get; } = new("--redact-key")
    {
        Description = CliText.T(Texts.CliRedactKey, MemberPseudonyms.MinKeyBytes, KeyVariable),
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
                throw new CliException(ExitCodes.Usage, CliText.T(Texts.CliRedactKeyWithoutRedact, command));
            }

            return null;
        }

        var (key, source) = given is not null ? (given, "--redact-key") : (Environment.GetEnvironmentVariable(KeyVariable), KeyVariable);
        if (string.IsNullOrEmpty(key))
        {
            throw new CliException(ExitCodes.Usage, CliText.T(Texts.CliRedactNoKey, command, KeyVariable, MemberPseudonyms.MinKeyBytes));
        }

        if (!MemberPseudonyms.IsUsableKey(key))
        {
            throw new CliException(ExitCodes.Usage,
                CliText.T(Texts.CliRedactShortKey, command, source, System.Text.Encoding.UTF8.GetByteCount(key), MemberPseudonyms.MinKeyBytes));
        }

        return new MemberPseudonyms(key);
    }
}
