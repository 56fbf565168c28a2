using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Google.Protobuf;
using Grpc.Core;
using Marten;
using Npgsql;
using static Deliberation.IntegrationTests.Infrastructure.Requests;
using Model = Deliberation.Domain;

namespace Deliberation.IntegrationTests;

/// <summary>The session feed: across nodes, resumed, in order past transactions that commit late, and as each role may see it.</summary>
public class FeedTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task Events_written_through_one_node_reach_a_watcher_on_another_and_a_watcher_that_resumes_ends_with_the_full_sequence()
    {
        // A second engine on the same database, in a process of its own.
        await using var nodeB = await ServerProcess.StartAsync(engine);
        var room = await Room.WithEveryRoleAsync(engine);
        var onA = room["moderator"].Api;
        var onB = new Clients(Channels.For(nodeB.Address, room["moderator"].Token));
        using var full = new Watcher(onB, room.SessionId);
        await full.CaughtUpAsync();

        var dropped = new Watcher(onB, room.SessionId);
        await dropped.CaughtUpAsync();
        await AddAgendaItemAsync(onA, room, "first");
        await dropped.UntilAgendaItemAsync("first");
        dropped.Dispose();
        await AddAgendaItemAsync(onA, room, "second");
        var itemId = (await onA.Sessions.GetSessionAsync(new GetSessionRequest { SessionId = room.SessionId })).Session.Agenda[0].AgendaItemId;
        await onA.Agenda.OpenRoundAsync(new OpenRoundRequest { RequestId = NewId(), SessionId = room.SessionId, AgendaItemId = itemId });
        await room["participant"].Api.Floor.RequestFloorAsync(new RequestFloorRequest { RequestId = NewId(), SessionId = room.SessionId, Kind = RequestKind.Speech });
        await onA.Floor.GiveFloorAsync(new GiveFloorRequest { RequestId = NewId(), SessionId = room.SessionId });
        await AddAgendaItemAsync(onA, room, "last");

        using var resumed = new Watcher(onA, room.SessionId, dropped.LastPosition);
        await resumed.UntilAgendaItemAsync("last");
        await full.UntilAgendaItemAsync("last");

        Assert.Equal(full.Events.ToList(), dropped.Events.Concat(resumed.Events).ToList());
        Assert.Equal(full.Events.Select(e => e.Position).Order(), full.Events.Select(e => e.Position));
        Assert.Contains(full.Events, e => e.TurnStarted?.Turn.SpeakerId == room["participant"].ParticipantId);
        Assert.Contains(full.Events, e => e.ParticipantJoined?.Participant.Name == "observer");
    }

    [Fact]
    public async Task An_event_that_commits_after_a_later_numbered_one_is_sent_first_and_nothing_is_skipped()
    {
        var room = await Room.WithEveryRoleAsync(engine);
        using var watcher = new Watcher(room["moderator"].Api, room.SessionId);
        await watcher.CaughtUpAsync();

        // Another writer takes a sequence number and holds its transaction open...
        await using var store = engine.OpenStore();
        await using var connection = new NpgsqlConnection(engine.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var held = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(transaction)))
        {
            var late = Guid.NewGuid();
            held.Events.StartStream<Model.Participants.Participant>(late, new Model.Participants.ParticipantJoined(
                late, Guid.Parse(room.SessionId), Guid.NewGuid(), "late", false, Model.Access.Role.Observer, false,
                new Dictionary<string, string>(), DateTimeOffset.UtcNow));
            await held.SaveChangesAsync();
        }
        // ...while a command takes a larger number and commits.
        await AddAgendaItemAsync(room["moderator"].Api, room, "committed first");
        await Task.Delay(TimeSpan.FromMilliseconds(500)); // time enough for a feed that reads past the open transaction to do so
        await transaction.CommitAsync();

        await watcher.UntilAgendaItemAsync("committed first");
        // The room's own set-up may still be arriving live (the hub's mark trails the last commits by a few milliseconds).
        var events = watcher.Received.SkipWhile(e => e.CaughtUp is null).Skip(1)
            .Where(e => e.ParticipantJoined?.Participant.Name == "late" || e.AgendaItemAdded is not null).ToList();
        Assert.Equal(["late", "committed first"], events.Select(e => e.ParticipantJoined?.Participant.Name ?? e.AgendaItemAdded.Title.Texts[0].Text));
        Assert.True(events[0].Position < events[1].Position);
    }

    [Fact]
    public async Task A_watcher_that_falls_too_far_behind_is_told_so_and_resuming_from_its_last_position_gives_it_every_event_once()
    {
        var room = await Room.WithEveryRoleAsync(engine);
        var watcher = new Watcher(room["observer"].Api, room.SessionId);
        await watcher.CaughtUpAsync();

        // A burst far larger than a watcher's queue (and what the connection buffers), while it reads nothing.
        const int burst = 6000;
        await using (var store = engine.OpenStore())
        await using (var writer = store.LightweightSession())
        {
            var padding = new string('.', 1000);
            writer.Events.Append(Guid.Parse(room.SessionId), Enumerable.Range(0, burst).Select(i => (object)new Model.Sessions.Agenda.AgendaItemAdded(
                Guid.Parse(room.SessionId), Guid.NewGuid(), new Model.Common.LocalizedText(new Dictionary<string, string> { ["en"] = $"item {i} {padding}" }),
                null, null, Model.Access.Actor.Operator, DateTimeOffset.UtcNow)).ToArray());
            await writer.SaveChangesAsync();
        }
        await Task.Delay(TimeSpan.FromSeconds(3)); // time enough for the node to hand the burst to the watcher's queue

        var error = await Assert.ThrowsAsync<RpcException>(() => watcher.UntilAsync(_ => false));
        watcher.Dispose();
        using var resumed = new Watcher(room["observer"].Api, room.SessionId, watcher.LastPosition);
        await resumed.UntilAsync(e => e.AgendaItemAdded?.Title.Texts[0].Text.StartsWith($"item {burst - 1} ") == true);

        Assert.Equal((StatusCode.Aborted, "FEED_FELL_BEHIND"), (error.StatusCode, error.Reason()));
        var items = watcher.Events.Concat(resumed.Events).Where(e => e.AgendaItemAdded is not null).Select(e => e.AgendaItemAdded.Title.Texts[0].Text.Split(' ')[1]);
        Assert.Equal(Enumerable.Range(0, burst).Select(i => i.ToString()), items);
    }

    [Fact]
    public async Task Each_role_sees_what_it_may_and_statements_it_cannot_link_to_a_speaker_only_when_the_session_closes()
    {
        var room = await Room.WithEveryRoleAsync(engine);
        var mod = room["moderator"].Api;
        var watchers = room.People.ToDictionary(p => p.Name, p => new Watcher(p.Api, room.SessionId));
        var operatorWatcher = new Watcher(engine.Operator, room.SessionId);
        try
        {
            await mod.Floor.SetStatementAttributionAsync(new SetStatementAttributionRequest { RequestId = NewId(), SessionId = room.SessionId, Attribution = Attribution.Unattributed });
            await AddAgendaItemAsync(mod, room, "item");
            var itemId = (await mod.Sessions.GetSessionAsync(new GetSessionRequest { SessionId = room.SessionId })).Session.Agenda[0].AgendaItemId;
            await mod.Agenda.OpenRoundAsync(new OpenRoundRequest { RequestId = NewId(), SessionId = room.SessionId, AgendaItemId = itemId });
            await room["voter"].Api.Floor.RequestFloorAsync(new RequestFloorRequest { RequestId = NewId(), SessionId = room.SessionId, Kind = RequestKind.Speech });
            var turnId = (await mod.Floor.GiveFloorAsync(new GiveFloorRequest { RequestId = NewId(), SessionId = room.SessionId })).Floor.CurrentTurn.TurnId;
            await mod.Floor.RecordStatementAsync(new RecordStatementRequest
            {
                RequestId = NewId(), SessionId = room.SessionId, TurnId = turnId, Text = Text(("en", "Nobody may know who said this.")),
            });
            await AddAgendaItemAsync(mod, room, "after the statement");
            await Room.ChangeStatusAsync(mod, room.SessionId, SessionStatus.Closed);

            foreach (var watcher in watchers.Values.Append(operatorWatcher))
                await watcher.UntilAsync(e => e.SessionStatusChanged?.To == SessionStatus.Closed);

            var live = watchers.ToDictionary(w => w.Key, w => w.Value.Events.Count(e => e.StatementRecorded is not null));
            Assert.Equal(new Dictionary<string, int> { ["moderator"] = 1, ["voter"] = 0, ["participant"] = 0, ["observer"] = 0 }, live);
            Assert.DoesNotContain(operatorWatcher.Events, e => e.StatementRecorded is not null);
            Assert.Equal(room["voter"].ParticipantId, watchers["moderator"].Events.Single(e => e.StatementRecorded is not null).StatementRecorded.Statement.SpeakerId);

            // What the others get at the close is what GetFloor shows them: no speaker, no turn, no time.
            foreach (var name in new[] { "voter", "observer" })
            {
                var published = watchers[name].Events.Last().SessionStatusChanged.PublishedStatements;
                var floor = (await room[name].Api.Floor.GetFloorAsync(new GetFloorRequest { SessionId = room.SessionId })).Floor;
                Assert.Equal(floor.Statements, published);
                Assert.Equal("", published.Single().SpeakerId);
            }
            Assert.Empty(watchers["moderator"].Events.Last().SessionStatusChanged.PublishedStatements);

            // Invitations reach moderators and the operator only.
            Assert.Contains(operatorWatcher.Events, e => e.InvitationCreated is not null);
            Assert.Contains(watchers["moderator"].Events, e => e.InvitationRedeemed is not null);
            foreach (var name in new[] { "voter", "participant", "observer" })
                Assert.DoesNotContain(watchers[name].Events, e => e.InvitationCreated is not null || e.InvitationRedeemed is not null);
            Assert.All(watchers.Values, w => Assert.Equal(4, w.Events.Count(e => e.ParticipantJoined is not null)));
        }
        finally
        {
            foreach (var watcher in watchers.Values.Append(operatorWatcher)) watcher.Dispose();
        }
    }

    [Theory]
    [InlineData(BallotSecrecy.Public)]
    [InlineData(BallotSecrecy.ResultsHidden)]
    [InlineData(BallotSecrecy.Secret)]
    public async Task Every_member_learns_who_voted_changed_and_withdrew_the_choice_only_on_a_public_ballot_and_a_receipt_never(BallotSecrecy secrecy)
    {
        var room = await Room.WithEveryRoleAsync(engine);
        var watchers = room.People.ToDictionary(p => p.Name, p => new Watcher(p.Api, room.SessionId));
        watchers["operator"] = new Watcher(engine.Operator, room.SessionId);
        try
        {
            var (_, ballot) = await room.ProposalWithBallotAsync(changesAllowed: true, secrecy: secrecy);
            var voter = room["voter"].Api.Ballots;
            var receipts = new List<string>();
            foreach (var choice in new[] { VoteChoice.Yes, VoteChoice.No })
                receipts.Add((await voter.CastVoteAsync(new CastVoteRequest { RequestId = NewId(), BallotId = ballot.BallotId, Choice = choice })).Receipt);
            await voter.WithdrawVoteAsync(new WithdrawVoteRequest { RequestId = NewId(), BallotId = ballot.BallotId });
            receipts.Add((await voter.CastVoteAsync(new CastVoteRequest { RequestId = NewId(), BallotId = ballot.BallotId, Choice = VoteChoice.Abstain })).Receipt);
            await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId });

            var shown = secrecy == BallotSecrecy.Public
                ? new[] { VoteChoice.Yes, VoteChoice.No, VoteChoice.Abstain }
                : [VoteChoice.Unspecified, VoteChoice.Unspecified, VoteChoice.Unspecified];
            foreach (var (name, watcher) in watchers)
            {
                await watcher.UntilAsync(e => e.BallotClosed?.BallotId == ballot.BallotId);
                var votes = watcher.Events.Where(e => e.VoteCast is not null || e.VoteChanged is not null || e.VoteWithdrawn is not null).ToList();
                Assert.Equal(["cast", "changed", "withdrawn", "changed"], votes.Select(e => e.VoteCast is not null ? "cast" : e.VoteChanged is not null ? "changed" : "withdrawn"));
                Assert.All(votes, e => Assert.Equal((ballot.BallotId, room["voter"].ParticipantId),
                    e.VoteCast is { } c ? (c.BallotId, c.VoterId) : e.VoteChanged is { } ch ? (ch.BallotId, ch.VoterId) : (e.VoteWithdrawn.BallotId, e.VoteWithdrawn.VoterId)));
                Assert.Equal(shown, votes.Where(e => e.VoteWithdrawn is null).Select(e => e.VoteCast?.Choice ?? e.VoteChanged.Choice));

                // Nothing this watcher was sent, in any form, carries a receipt.
                var sent = string.Join("\n", watcher.Received.Select(e => JsonFormatter.Default.Format(e)));
                var bytes = watcher.Received.SelectMany(e => e.ToByteArray()).ToArray();
                Assert.All(receipts, receipt =>
                {
                    Assert.DoesNotContain(receipt, sent);
                    Assert.False(bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(receipt)) >= 0, $"{name} was sent a receipt");
                });
            }
        }
        finally
        {
            foreach (var watcher in watchers.Values) watcher.Dispose();
        }
    }

    private static Task AddAgendaItemAsync(Clients api, Room room, string title) =>
        api.Agenda.AddAgendaItemAsync(new AddAgendaItemRequest { RequestId = NewId(), SessionId = room.SessionId, Title = Text(("en", title)) }).ResponseAsync;
}
