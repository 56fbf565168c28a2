using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions.CreateSession;

namespace Deliberation.Domain.Tests.Sessions;

public class CreateSessionTests
{
    [Fact]
    public void A_session_is_created_with_its_title_and_working_languages()
    {
        var command = new CreateSession(Guid.NewGuid(), LocalizedText.Of(("sq", "Dialogu"), ("en", "Dialogue")), null, ["sq", "sr-Latn", "en"], "sq", Actor.Operator);

        var created = CreateSession.Decide(command, Given.Now);

        Assert.Equal(new SessionCreated(command.SessionId, command.Title, null, command.Languages, "sq", Actor.Operator, Given.Now), created);
    }

    [Fact]
    public void A_title_in_a_language_that_is_not_a_working_language_is_refused()
    {
        var command = new CreateSession(Guid.NewGuid(), LocalizedText.Of(("de", "Dialog")), null, ["sq", "en"], "sq", Actor.Operator);

        var error = Assert.Throws<RuleViolation>(() => CreateSession.Decide(command, Given.Now));

        Assert.Equal(RuleViolationReason.LanguageNotInSession, error.Reason);
        Assert.Contains("de", error.Message);
    }
}
