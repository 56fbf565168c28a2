using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Marten;
using Npgsql;
using static Deliberation.IntegrationTests.Infrastructure.Requests;
using DomainVote = Deliberation.Domain.Ballots.Vote;

namespace Deliberation.IntegrationTests;

/// <summary>
/// Votes are written in Marten's tables by the engine's own statements (one per table per batch);
/// what they write must be what Marten itself writes, so that Marten reads them back as its own.
/// </summary>
public class VoteRowsTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task A_cast_and_changed_vote_reads_back_through_Marten_as_its_stream_and_snapshot()
    {
        var voteId = await CastAndChangeAsync();
        await using var store = engine.OpenStore();
        await using var session = store.QuerySession();

        var events = await session.Events.FetchStreamAsync(voteId);
        var vote = await session.LoadAsync<DomainVote>(voteId);

        Assert.Equal([1L, 2L], events.Select(e => e.Version));
        Assert.Equal(["VoteCast", "VoteChanged"], events.Select(e => e.Data.GetType().Name));
        Assert.True(events[0].Sequence < events[1].Sequence);
        Assert.Equal(2, vote!.Version);
        Assert.Equal(2, (await session.Events.FetchStreamStateAsync(voteId))!.Version);
    }

    [Fact]
    public async Task The_rows_of_a_vote_match_the_rows_Marten_writes_for_the_same_events()
    {
        var voteId = await CastAndChangeAsync();
        await using var store = engine.OpenStore();
        var copyId = Guid.NewGuid();
        await using (var session = store.LightweightSession())
        {
            var events = await session.Events.FetchStreamAsync(voteId);
            session.Events.StartStream<DomainVote>(copyId, events.Select(e => e.Data).ToArray());
            await session.SaveChangesAsync();
        }

        foreach (var sql in new[]
        {
            "select version, type, data, tenant_id, mt_dotnet_type, is_archived, bdata is null from deliberation.mt_events where stream_id = $1 order by version",
            "select type, version, tenant_id, is_archived, compacted_version from deliberation.mt_streams where id = $1",
            "select data - 'Id' - 'VoteId', mt_version, mt_dotnet_type from deliberation.mt_doc_vote where id = $1",
        })
            Assert.Equal(await RowsAsync(sql, copyId), await RowsAsync(sql, voteId));
    }

    [Fact]
    public async Task A_request_id_that_another_writer_records_while_the_batch_is_saved_is_answered_as_reused_and_changes_nothing()
    {
        var room = await Room.WithVotersAsync(engine, "ana");
        var (_, ballot) = await room.ProposalWithBallotAsync(changesAllowed: true);
        var first = Vote(ballot.BallotId, VoteChoice.Yes);
        await room["ana"].Api.Ballots.CastVoteAsync(first);
        var change = Vote(ballot.BallotId, VoteChoice.No);
        await using var other = new NpgsqlConnection(engine.ConnectionString);
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        // Ana's key for the change, taken by another writer whose transaction is still open.
        await new NpgsqlCommand(
            """
            insert into deliberation.mt_doc_requestrecord (id, data, mt_dotnet_type)
            select replace(id, $1, $2), data || jsonb_build_object('Id', replace(id, $1, $2), 'Fingerprint', 'another request'), mt_dotnet_type
            from deliberation.mt_doc_requestrecord where id like '%/' || $1
            """, other, transaction) { Parameters = { new() { Value = first.RequestId }, new() { Value = change.RequestId } } }.ExecuteNonQueryAsync();

        var changing = room["ana"].Api.Ballots.CastVoteAsync(change);
        await WaitUntilAWriterWaitsForALockAsync();
        await transaction.CommitAsync();
        var error = await Errors.CatchAsync(changing);

        Assert.Equal("REQUEST_ID_REUSED", error.Reason());
        var voteId = DomainVote.IdFor(Guid.Parse(ballot.BallotId), Guid.Parse(room["ana"].ParticipantId));
        await using var store = engine.OpenStore();
        await using var session = store.QuerySession();
        Assert.Single(await session.Events.FetchStreamAsync(voteId));
    }

    private async Task WaitUntilAWriterWaitsForALockAsync()
    {
        await using var connection = new NpgsqlConnection(engine.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()", connection);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((long)(await command.ExecuteScalarAsync())! == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "No writer came to wait for the other writer's lock.");
            await Task.Delay(20);
        }
    }

    /// <summary>A voter's vote cast and then changed, and the stream id it is recorded under.</summary>
    private async Task<Guid> CastAndChangeAsync()
    {
        var room = await Room.WithVotersAsync(engine, "ana");
        var (_, ballot) = await room.ProposalWithBallotAsync(changesAllowed: true);
        await room["ana"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.Yes));
        await room["ana"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.No));
        return DomainVote.IdFor(Guid.Parse(ballot.BallotId), Guid.Parse(room["ana"].ParticipantId));
    }

    private async Task<List<string>> RowsAsync(string sql, Guid streamId)
    {
        await using var connection = new NpgsqlConnection(engine.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = streamId } } };
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i).ToString())));
        return rows;
    }
}
