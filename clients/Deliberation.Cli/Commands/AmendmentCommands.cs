using System.CommandLine;
using Deliberation.Api.V1;
using Deliberation.Cli.Output;

namespace Deliberation.Cli.Commands;

internal static class AmendmentCommands
{
    public static Command Build() => new("amendment", "Amend proposals and decide on amendments")
    {
        Subcommands = { Submit(), Rebase(), Show(), Accept(), Decline(), RuleOut(), Withdraw() },
    };

    private static ProposalService.ProposalServiceClient Client(CliContext cli) => new(cli.Channel);

    /// <summary>The options that describe an amendment's operations.</summary>
    private sealed class OperationOptions
    {
        public readonly Option<string[]> Replace = new("--replace") { Description = "Replace a paragraph's text: PARAGRAPH:LANG=TEXT; repeat per language" };
        public readonly Option<string[]> InsertAfter = new("--insert-after") { Description = "Insert a paragraph after another (\"start\" for the top): PARAGRAPH:LANG=TEXT; repeat per language" };
        public readonly Option<string[]> Delete = new("--delete") { Description = "Delete a paragraph: PARAGRAPH" };
        public readonly Option<string[]> Span = new("--span") { Description = "Replace a span: PARAGRAPH:LANG:START:LENGTH=TEXT (positions count characters)" };

        public IEnumerable<Option> All => [Replace, InsertAfter, Delete, Span];

        public IEnumerable<AmendmentOperation> Read(ParseResult parsed)
        {
            foreach (var group in (parsed.GetValue(Replace) ?? []).Select(e => TextInput.SplitTargeted(e, "--replace")).GroupBy(e => e.Id))
                yield return new() { ReplaceParagraph = new() { ParagraphId = group.Key, Text = TextInput.Localized(group.ToDictionary(e => e.Language, e => e.Text)) } };
            foreach (var group in (parsed.GetValue(InsertAfter) ?? []).Select(e => TextInput.SplitTargeted(e, "--insert-after")).GroupBy(e => e.Id))
                yield return new() { InsertParagraph = new() { AfterParagraphId = group.Key == "start" ? "" : group.Key, Text = TextInput.Localized(group.ToDictionary(e => e.Language, e => e.Text)) } };
            foreach (var id in parsed.GetValue(Delete) ?? [])
                yield return new() { DeleteParagraph = new() { ParagraphId = id } };
            foreach (var entry in parsed.GetValue(Span) ?? [])
            {
                var (target, replacement) = TextInput.Split(entry);
                yield return target.Split(':') is [var id, var language, var start, var length] && int.TryParse(start, out var from) && int.TryParse(length, out var count)
                    ? new() { ReplaceSpan = new() { ParagraphId = id, Language = language, Start = from, Length = count, Replacement = replacement } }
                    : throw new InputError($"--span takes PARAGRAPH:LANG:START:LENGTH=TEXT, such as \"p2:en:10:5=must\", not \"{entry}\"");
            }
        }
    }

    private static Command Submit()
    {
        var proposal = CommonOptions.Id("proposal-id", "proposal");
        var baseVersion = new Option<int>("--base") { Description = "The version the changes are written on (default: the current one)" };
        var rationale = CommonOptions.Texts("--rationale", "amendment's rationale");
        var parent = new Option<string>("--parent") { Description = "Amend this amendment instead (a sub-amendment)" };
        var overrideReason = new Option<string>("--override") { Description = "Moderators: act outside the amendment phase, giving this reason" };
        var (operations, requestId) = (new OperationOptions(), CommonOptions.RequestId());
        var command = new Command("submit", "Amend a proposal (or, with --parent, an amendment)") { Arguments = { proposal }, Options = { baseVersion, rationale, parent, overrideReason, requestId } };
        foreach (var option in operations.All) command.Options.Add(option);
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var proposalId = parsed.GetValue(proposal)!;
            var version = parsed.GetValue(baseVersion) is > 0 and var given ? given
                : (await Client(cli).GetProposalAsync(new GetProposalRequest { ProposalId = proposalId }, cancellationToken: ct)).Proposal.Version;
            var request = new SubmitAmendmentRequest
            {
                RequestId = parsed.GetValue(requestId)!, ProposalId = proposalId, BaseVersion = version, ParentAmendmentId = parsed.GetValue(parent) ?? "",
                Rationale = CommonOptions.ToLocalizedText(parsed.GetValue(rationale)!, "--rationale"), PhaseOverrideReason = parsed.GetValue(overrideReason) ?? "",
                Operations = { operations.Read(parsed) },
            };
            ProposalViews.Show(cli, await Client(cli).SubmitAmendmentAsync(request, cancellationToken: ct));
        }));
        return command;
    }

    private static Command Rebase()
    {
        var amendment = CommonOptions.Id("amendment-id", "amendment");
        var baseVersion = new Option<int>("--base") { Description = "The version the rewritten changes are written on", Required = true };
        var (operations, requestId) = (new OperationOptions(), CommonOptions.RequestId());
        var command = new Command("rebase", "Rewrite your amendment on a newer version") { Arguments = { amendment }, Options = { baseVersion, requestId } };
        foreach (var option in operations.All) command.Options.Add(option);
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
            ProposalViews.Show(cli, await Client(cli).RebaseAmendmentAsync(new RebaseAmendmentRequest
            {
                RequestId = parsed.GetValue(requestId)!, AmendmentId = parsed.GetValue(amendment)!, BaseVersion = parsed.GetValue(baseVersion),
                Operations = { operations.Read(parsed) },
            }, cancellationToken: ct))));
        return command;
    }

    private static Command Show()
    {
        var amendment = CommonOptions.Id("amendment-id", "amendment");
        var command = new Command("show", "Show an amendment and the change it makes") { Arguments = { amendment } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
            ProposalViews.Show(cli, await Client(cli).GetAmendmentAsync(new GetAmendmentRequest { AmendmentId = parsed.GetValue(amendment)! }, cancellationToken: ct))));
        return command;
    }

    private static Command Accept() => Decide("accept", "Accept an amendment to your proposal as friendly (it is merged)", null,
        (client, id, requestId, _, ct) => client.AcceptAmendmentAsync(new AcceptAmendmentRequest { RequestId = requestId, AmendmentId = id }, cancellationToken: ct).ResponseAsync);

    private static Command Decline() => Decide("decline", "Decline an amendment to your proposal", "Why (optional)",
        (client, id, requestId, reason, ct) => client.DeclineAmendmentAsync(new DeclineAmendmentRequest { RequestId = requestId, AmendmentId = id, Reason = reason }, cancellationToken: ct).ResponseAsync);

    private static Command RuleOut() => Decide("rule-out", "Moderators: rule an amendment out of order", "Why (required)",
        (client, id, requestId, reason, ct) => client.RuleAmendmentOutOfOrderAsync(new RuleAmendmentOutOfOrderRequest { RequestId = requestId, AmendmentId = id, Reason = reason }, cancellationToken: ct).ResponseAsync);

    private static Command Withdraw() => Decide("withdraw", "Withdraw your amendment", null,
        (client, id, requestId, _, ct) => client.WithdrawAmendmentAsync(new WithdrawAmendmentRequest { RequestId = requestId, AmendmentId = id }, cancellationToken: ct).ResponseAsync);

    private static Command Decide(string name, string description, string? reasonDescription,
        Func<ProposalService.ProposalServiceClient, string, string, string, CancellationToken, Task<AmendmentResponse>> call)
    {
        var (amendment, requestId) = (CommonOptions.Id("amendment-id", "amendment"), CommonOptions.RequestId());
        var reason = new Option<string>("--reason") { Description = reasonDescription ?? "" };
        var command = new Command(name, description) { Arguments = { amendment }, Options = { requestId } };
        if (reasonDescription is not null) command.Options.Add(reason);
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
            ProposalViews.Show(cli, await call(Client(cli), parsed.GetValue(amendment)!, parsed.GetValue(requestId)!, parsed.GetValue(reason) ?? "", ct))));
        return command;
    }
}
