using Deliberation.Domain.Access;
using Deliberation.Domain.Common;

namespace Deliberation.Domain.Sessions.CreateSession;

/// <summary>
/// Create a session, as a draft, with its working languages and the one among them that is
/// authoritative (the language other versions of a text are translations of).
/// </summary>
public sealed record CreateSession(
    Guid SessionId, LocalizedText Title, LocalizedText? Description, IReadOnlyList<string> Languages, string AuthoritativeLanguage, Actor By)
{
    public static SessionCreated Decide(CreateSession command, DateTimeOffset now)
    {
        WorkingLanguages.Require(command.Languages, "title", command.Title);
        if (command.Description is { } description) WorkingLanguages.Require(command.Languages, "description", description);
        if (!command.Languages.Contains(command.AuthoritativeLanguage))
            throw new RuleViolation(RuleViolationReason.LanguageNotInSession,
                $"The authoritative language {command.AuthoritativeLanguage} must be one of the working languages ({string.Join(", ", command.Languages)}).");
        return new SessionCreated(command.SessionId, command.Title, command.Description, command.Languages, command.AuthoritativeLanguage, command.By, now);
    }
}
