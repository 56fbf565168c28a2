using System.Text.Json;
using Deliberation.Cli;
using Deliberation.IntegrationTests.Infrastructure;

namespace Deliberation.IntegrationTests;

/// <summary>The delib client, run through its command layer against the real server.</summary>
public class DelibCliTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private sealed record Run(int ExitCode, string Output, string Error)
    {
        public string Field(string name) => JsonDocument.Parse(Output).RootElement.GetProperty(name).GetString()!;
    }

    private async Task<Run> DelibAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await Delib.RunAsync(["--server", engine.Server.Address.ToString(), .. args], output, error);
        return new Run(exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task The_walking_skeleton_runs_from_the_command_line()
    {
        var session = await DelibAsync("session", "create", "--title", "en=A new social contract", "--title", "sq=Një kontratë e re shoqërore", "-l", "sq", "-l", "en", "--json");
        var proposal = await DelibAsync("proposal", "submit", session.Field("sessionId"), "--title", "en=Bilingual offices", "--body", "en=Every office answers in both languages.", "--json");
        var ballot = await DelibAsync("ballot", "open", proposal.Field("proposalId"), "--json");
        var ballotId = ballot.Field("ballotId");
        foreach (var (voter, choice) in new[] { ("arta", "yes"), ("milan", "YES"), ("drita", "no") })
            Assert.Equal(ExitCodes.Ok, (await DelibAsync("ballot", "vote", ballotId, "--voter", voter, choice)).ExitCode);

        var closed = await DelibAsync("ballot", "close", ballotId);

        Assert.Equal(ExitCodes.Ok, closed.ExitCode);
        Assert.Contains("ADOPTED", closed.Output);
        Assert.Contains("2 yes, 1 no, 0 abstain (base 3)", closed.Output);
        Assert.Contains("Adopted: 2 of 3 votes cast were yes", (await DelibAsync("ballot", "show", ballotId, "--json")).Output);
    }

    [Fact]
    public async Task Server_refusals_are_one_line_with_the_field_or_reason_and_their_own_exit_code()
    {
        var invalid = await DelibAsync("session", "create", "--title", "en=", "-l", "en");
        var missing = await DelibAsync("session", "show", Guid.NewGuid().ToString());
        var session = await DelibAsync("session", "create", "--title", "en=Dialogue", "-l", "en", "--json");
        var foreign = await DelibAsync("proposal", "submit", session.Field("sessionId"), "--title", "de=Vorschlag", "--body", "de=Text");

        Assert.Equal((ExitCodes.InvalidInput, "error: INVALID_ARGUMENT: title.texts[0].text must not be empty\n"), (invalid.ExitCode, invalid.Error));
        Assert.Equal(ExitCodes.NotFound, missing.ExitCode);
        Assert.StartsWith("error: NOT_FOUND: No session has the id", missing.Error);
        Assert.Equal(ExitCodes.Refused, foreign.ExitCode);
        Assert.StartsWith("error: FAILED_PRECONDITION LANGUAGE_NOT_IN_SESSION: ", foreign.Error);
        Assert.All(new[] { invalid, missing, foreign }, run => Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task Input_delib_can_judge_itself_is_refused_before_reaching_the_server()
    {
        var badText = await DelibAsync("session", "create", "--title", "no language", "-l", "en");
        var badChoice = await DelibAsync("ballot", "vote", Guid.NewGuid().ToString(), "--voter", "arta", "maybe");

        Assert.Equal((ExitCodes.InvalidInput, "error: --title takes LANG=TEXT, such as \"en=Bilingual services\", not \"no language\"\n"), (badText.ExitCode, badText.Error));
        Assert.Equal(ExitCodes.InvalidInput, badChoice.ExitCode);
        Assert.Contains("yes, no or abstain, not 'maybe'", badChoice.Error);
    }

    [Fact]
    public async Task An_engine_that_does_not_answer_is_named_with_its_own_exit_code()
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        var exitCode = await Delib.RunAsync(["--server", "http://127.0.0.1:9", "session", "show", Guid.NewGuid().ToString()], output, error);

        Assert.Equal(ExitCodes.Unreachable, exitCode);
        Assert.StartsWith("error: UNAVAILABLE: no Deliberation engine answers at http://127.0.0.1:9", error.ToString());
    }
}
