using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Deliberation.Api.V1;
using Deliberation.Cli;
using Deliberation.IntegrationTests.Infrastructure;
using Deliberation.Server.Hosting;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>`delib watch`, run through its command layer against real servers.</summary>
public class DelibWatchTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    // Only so that a broken watch fails the test instead of hanging it; nothing here measures time.
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Watch_follows_a_session_through_a_restart_of_its_server_and_shows_every_event_once_until_the_session_closes()
    {
        var room = await Room.WithEveryRoleAsync(engine);
        var options = engine.Options with { Port = FreePort() };
        var node = await DeliberationServer.StartAsync(options);
        var (output, error) = (new Log(), new Log());
        var watch = Delib.RunAsync(["--server", node.Address.ToString(), "--token", room["observer"].Token, "watch", room.SessionId], output, error);

        await AddAgendaItemAsync(room, "before the restart");
        await output.UntilAsync("agenda item added: before the restart");
        await node.DisposeAsync();
        await AddAgendaItemAsync(room, "while the server was away");
        await error.UntilAsync("resuming after position");
        await using (await DeliberationServer.StartAsync(options))
        {
            await output.UntilAsync("agenda item added: while the server was away");
            await Room.ChangeStatusAsync(room["moderator"].Api, room.SessionId, SessionStatus.Closed);
            Assert.Equal(ExitCodes.Ok, await watch.WaitAsync(GiveUp));
        }

        var lines = output.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var log = lines.TakeWhile(l => l.StartsWith('#')).ToList();
        var positions = log.Where(l => !l.Contains("caught up")).Select(l => long.Parse(l[1..l.IndexOf(' ')])).ToList();
        Assert.Equal(positions.Distinct().Order(), positions);
        Assert.Single(log, l => l.Contains("agenda item added: while the server was away"));
        Assert.EndsWith("session closed", log[^1]);
        // Then the view as the session closed: its status and agenda.
        var view = string.Join('\n', lines.Skip(log.Count));
        Assert.Contains("closed", view);
        Assert.Contains("while the server was away", view);
        Assert.Contains("observer joined as observer", output.Text);
        Assert.Contains("UNAVAILABLE ENGINE_STOPPING", error.Text);
    }

    [Fact]
    public async Task Watch_tells_in_plain_words_how_a_proposal_is_submitted_amended_and_changed()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan");
        var proposal = await room.SubmitAsync("arta");
        await room.AdvanceAsync();
        var amendment = (await room["milan"].Api.Proposals.SubmitAmendmentAsync(new SubmitAmendmentRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId, BaseVersion = 1, Rationale = Text(("en", "Clearer")),
            Operations = { new AmendmentOperation { ReplaceParagraph = new ReplaceParagraph { ParagraphId = "p1", Text = Text(("en", "Every office answers in both languages.")) } } },
        })).Amendment;
        await room["arta"].Api.Proposals.AcceptAmendmentAsync(new AcceptAmendmentRequest { RequestId = NewId(), AmendmentId = amendment.AmendmentId });
        await Room.ChangeStatusAsync(room["moderator"].Api, room.SessionId, SessionStatus.Closed);
        var (output, error) = (new Log(), new Log());

        var exitCode = await Delib.RunAsync(["--server", engine.Server.Address.ToString(), "--token", room["milan"].Token, "watch", room.SessionId], output, error);

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("arta submitted \"Bilingual municipal services\"", output.Text);
        Assert.Contains("milan submitted amendment 1", output.Text);
        Assert.Contains("an amendment is merged (version 2)", output.Text);
    }

    [Theory]
    [InlineData(BallotSecrecy.Public, " yes", " no")]
    [InlineData(BallotSecrecy.Secret, "", "")]
    public async Task Watch_shows_a_ballots_participation_as_votes_come_and_go_its_choices_only_where_public_and_its_result_at_the_close(
        BallotSecrecy secrecy, string yes, string no)
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan", "drita");
        var (_, ballot) = await room.ProposalWithBallotAsync(changesAllowed: true, secrecy: secrecy);
        await CastAsync(room, "arta", ballot, VoteChoice.Yes);
        await CastAsync(room, "milan", ballot, VoteChoice.No);
        await room["arta"].Api.Ballots.WithdrawVoteAsync(new WithdrawVoteRequest { RequestId = NewId(), BallotId = ballot.BallotId });
        await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId });
        await Room.ChangeStatusAsync(room["moderator"].Api, room.SessionId, SessionStatus.Closed);
        var (output, error) = (new Log(), new Log());

        var exitCode = await Delib.RunAsync(["--server", engine.Server.Address.ToString(), "--token", room["drita"].Token, "watch", room.SessionId], output, error);

        Assert.Equal((ExitCodes.Ok, ""), (exitCode, error.Text));
        var lines = output.Text.Split('\n');
        Assert.Contains(lines, l => l.EndsWith($"arta voted{yes} (1 of 3 voted)"));
        Assert.Contains(lines, l => l.EndsWith($"milan voted{no} (2 of 3 voted)"));
        Assert.Contains(lines, l => l.EndsWith("arta withdrew their vote (1 of 3 voted)"));
        Assert.Contains(lines, l => l.EndsWith("ballot closed: not adopted, 0 yes, 1 no, 0 abstain"));
        // The view at the close: the ballot with its result.
        Assert.Contains("Bilingual municipal services: not adopted, 0 yes, 1 no, 0 abstain; 1 of 3 voted", output.Text);
    }

    [Fact]
    public async Task Watch_shows_each_position_taken_on_a_public_consent_ballot_and_the_decision_at_the_close()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan");
        var proposal = await room.SubmitAsync("arta");
        await room.EnterVotingPhaseAsync();
        var ballot = (await room["moderator"].Api.Ballots.OpenBallotAsync(new OpenBallotRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId, Rule = new BallotRule { Consent = new() },
        })).Ballot;
        foreach (var (voter, position) in new[] { ("arta", TallyConsentChoice.StandAside), ("milan", TallyConsentChoice.Block) })
            await room[voter].Api.Ballots.CastVoteAsync(new CastVoteRequest { RequestId = NewId(), BallotId = ballot.BallotId, Position = position });
        await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId });
        await Room.ChangeStatusAsync(room["moderator"].Api, room.SessionId, SessionStatus.Closed);
        var (output, error) = (new Log(), new Log());

        var exitCode = await Delib.RunAsync(["--server", engine.Server.Address.ToString(), "--token", room["arta"].Token, "watch", room.SessionId], output, error);

        Assert.Equal((ExitCodes.Ok, ""), (exitCode, error.Text));
        Assert.Contains("arta voted stand aside (1 of 2 voted)", output.Text);
        Assert.Contains("milan voted block (2 of 2 voted)", output.Text);
        Assert.Contains("ballot closed: blocked, 0 consent, 1 stand aside, 1 block", output.Text);
    }

    private static Task CastAsync(Room room, string voter, Ballot ballot, VoteChoice choice) =>
        room[voter].Api.Ballots.CastVoteAsync(new CastVoteRequest { RequestId = NewId(), BallotId = ballot.BallotId, Choice = choice }).ResponseAsync;

    [Fact]
    public async Task Watch_with_json_prints_each_event_as_a_line_of_the_apis_json_and_ends_at_the_close()
    {
        var room = await Room.WithEveryRoleAsync(engine);
        await Room.ChangeStatusAsync(room["moderator"].Api, room.SessionId, SessionStatus.Closed);
        var (output, error) = (new Log(), new Log());

        var exitCode = await Delib.RunAsync(["--server", engine.Server.Address.ToString(), "--token", room["moderator"].Token, "watch", room.SessionId, "--json"], output, error);

        Assert.Equal(ExitCodes.Ok, exitCode);
        var messages = output.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.True(messages[0].TryGetProperty("sessionCreated", out _));
        Assert.Equal("SESSION_STATUS_CLOSED", messages[^1].GetProperty("sessionStatusChanged").GetProperty("to").GetString());
        Assert.Equal("", error.Text);
    }

    [Fact]
    public async Task Watch_refusals_are_one_line_with_their_reason_and_exit_code()
    {
        var room = await Room.WithEveryRoleAsync(engine);
        var other = await Room.WithEveryRoleAsync(engine);

        var outsider = await DelibAsync(other["moderator"].Token, "watch", room.SessionId);
        var malformed = await DelibAsync(room["moderator"].Token, "watch", "not-a-session");
        var nobodyThere = await Delib.RunAsync(["--server", $"http://127.0.0.1:{FreePort()}", "watch", room.SessionId], new Log(), new Log());

        Assert.Equal((ExitCodes.Refused, $"error: PERMISSION_DENIED NOT_IN_SESSION: The caller is not a participant of session {room.SessionId}.\n"), outsider);
        Assert.Equal((ExitCodes.InvalidInput, "error: INVALID_ARGUMENT: session_id must be a UUID (not the nil UUID)\n"), malformed);
        Assert.Equal(ExitCodes.Unreachable, nobodyThere);
    }

    private async Task<(int ExitCode, string Error)> DelibAsync(string token, params string[] args)
    {
        var error = new Log();
        var exitCode = await Delib.RunAsync(["--server", engine.Server.Address.ToString(), "--token", token, .. args], new Log(), error);
        return (exitCode, error.Text);
    }

    private Task AddAgendaItemAsync(Room room, string title) =>
        room["moderator"].Api.Agenda.AddAgendaItemAsync(new AddAgendaItemRequest { RequestId = NewId(), SessionId = room.SessionId, Title = Text(("en", title)) }).ResponseAsync;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Output written while the test reads it.</summary>
    private sealed class Log : StringWriter
    {
        private readonly Lock _gate = new();

        public string Text
        {
            get { lock (_gate) return ToString(); }
        }

        public override void Write(char value)
        {
            lock (_gate) base.Write(value);
        }

        public override void Write(string? value)
        {
            lock (_gate) base.Write(value);
        }

        public override void WriteLine(string? value)
        {
            lock (_gate) base.WriteLine(value);
        }

        public override Task WriteLineAsync(string? value)
        {
            WriteLine(value);
            return Task.CompletedTask;
        }

        public override Task WriteAsync(string? value)
        {
            Write(value);
            return Task.CompletedTask;
        }

        /// <summary>Waits until the text contains <paramref name="expected"/>.</summary>
        public async Task UntilAsync(string expected)
        {
            using var giveUp = new CancellationTokenSource(GiveUp);
            while (!Text.Contains(expected)) await Task.Delay(TimeSpan.FromMilliseconds(20), giveUp.Token);
        }
    }
}
