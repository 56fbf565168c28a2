using System.CommandLine;
using Deliberation.Api.V1;
using Deliberation.Cli.Output;

namespace Deliberation.Cli.Commands;

internal static class ProposalCommands
{
    public static Command Build() => new("proposal", "Submit, revise, translate and read proposals")
    {
        Subcommands = { Submit(), Revise(), Translate(), Show(), List(), Diff(), Cosponsor(), Uncosponsor(), Withdraw(), Merge(), Admission() },
    };

    private static Option<string[]> Body() => new("--body")
    {
        Description = "The body in one language as LANG=TEXT, paragraphs separated by a blank line, each optionally opening with its id (\"[p2] ...\"); repeat per language",
        Required = true,
    };

    private static Option<string> Override() => new("--override") { Description = "Moderators: act outside the phase, giving this reason (it is recorded)" };

    private static ProposalService.ProposalServiceClient Client(CliContext cli) => new(cli.Channel);

    private static Command Submit()
    {
        var session = CommonOptions.Id("session-id", "session");
        var (title, body, overrideReason, requestId) = (CommonOptions.Texts("--title", "proposal's title"), Body(), Override(), CommonOptions.RequestId());
        var command = new Command("submit", "Submit a proposal to a session") { Arguments = { session }, Options = { title, body, overrideReason, requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var request = new SubmitProposalRequest
            {
                RequestId = parsed.GetValue(requestId)!, SessionId = parsed.GetValue(session)!,
                Title = CommonOptions.ToLocalizedText(parsed.GetValue(title)!, "--title"),
                PhaseOverrideReason = parsed.GetValue(overrideReason) ?? "",
            };
            request.Paragraphs.AddRange(TextInput.Paragraphs(parsed.GetValue(body)!).Select(p => TextInput.Localized(p.Texts)));
            ProposalViews.Show(cli, (await Client(cli).SubmitProposalAsync(request, cancellationToken: ct)).Proposal);
        }));
        return command;
    }

    private static Command Revise()
    {
        var id = CommonOptions.Id("proposal-id", "proposal");
        var title = new Option<string[]>("--title") { Description = "The title in one language as LANG=TEXT; repeat per language (optional)" };
        var expected = new Option<int>("--expected-version") { Description = "Refuse if the proposal is no longer at this version" };
        var (body, overrideReason, requestId) = (Body(), Override(), CommonOptions.RequestId());
        var command = new Command("revise", "Make a new version: the whole body in its new order; paragraphs left out are deleted, \"[pN]\" keeps a paragraph")
        {
            Arguments = { id }, Options = { title, body, expected, overrideReason, requestId },
        };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var request = new ReviseProposalRequest
            {
                RequestId = parsed.GetValue(requestId)!, ProposalId = parsed.GetValue(id)!, ExpectedVersion = parsed.GetValue(expected),
                PhaseOverrideReason = parsed.GetValue(overrideReason) ?? "",
            };
            if (parsed.GetValue(title) is { Length: > 0 } titles) request.Title = CommonOptions.ToLocalizedText(titles, "--title");
            request.Paragraphs.AddRange(TextInput.Paragraphs(parsed.GetValue(body)!).Select(p => new ParagraphInput { ParagraphId = p.Id ?? "", Text = TextInput.Localized(p.Texts) }));
            ProposalViews.Show(cli, (await Client(cli).ReviseProposalAsync(request, cancellationToken: ct)).Proposal);
        }));
        return command;
    }

    private static Command Translate()
    {
        var id = CommonOptions.Id("proposal-id", "proposal");
        var language = new Argument<string>("language") { Description = "The language written (not the authoritative one)" };
        var title = new Option<string>("--title") { Description = "The title in that language" };
        var paragraph = new Option<string[]>("--paragraph") { Description = "A paragraph in that language as ID=TEXT (e.g. \"p2=...\"); repeat" };
        var requestId = CommonOptions.RequestId();
        var command = new Command("translate", "Write one language of a proposal, making it current") { Arguments = { id, language }, Options = { title, paragraph, requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var request = new TranslateProposalRequest
            {
                RequestId = parsed.GetValue(requestId)!, ProposalId = parsed.GetValue(id)!, Language = parsed.GetValue(language)!, Title = parsed.GetValue(title) ?? "",
            };
            foreach (var entry in parsed.GetValue(paragraph) ?? [])
            {
                var (paragraphId, text) = TextInput.Split(entry);
                request.Paragraphs[paragraphId] = text;
            }
            ProposalViews.Show(cli, (await Client(cli).TranslateProposalAsync(request, cancellationToken: ct)).Proposal);
        }));
        return command;
    }

    private static Command Show()
    {
        var id = CommonOptions.Id("proposal-id", "proposal");
        var version = new Option<int>("--version") { Description = "An earlier version to read exactly as it was" };
        var command = new Command("show", "Show a proposal: its text, versions, translation status and amendments") { Arguments = { id }, Options = { version } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
            ProposalViews.Show(cli, (await Client(cli).GetProposalAsync(new GetProposalRequest { ProposalId = parsed.GetValue(id)!, Version = parsed.GetValue(version) }, cancellationToken: ct)).Proposal)));
        return command;
    }

    private static Command List()
    {
        var session = CommonOptions.Id("session-id", "session");
        var command = new Command("list", "List a session's proposals") { Arguments = { session } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
            ProposalViews.Show(cli, await Client(cli).ListProposalsAsync(new ListProposalsRequest { SessionId = parsed.GetValue(session)! }, cancellationToken: ct))));
        return command;
    }

    private static Command Diff()
    {
        var id = CommonOptions.Id("proposal-id", "proposal");
        var from = new Argument<int>("from") { Description = "The older version" };
        var to = new Argument<int>("to") { Description = "The newer version (default: the current one)", DefaultValueFactory = _ => 0 };
        var command = new Command("diff", "Show what changed between two versions, in every working language") { Arguments = { id, from, to } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
            ProposalViews.Show(cli, await Client(cli).CompareVersionsAsync(new CompareVersionsRequest
            {
                ProposalId = parsed.GetValue(id)!, FromVersion = parsed.GetValue(from), ToVersion = parsed.GetValue(to),
            }, cancellationToken: ct))));
        return command;
    }

    private static Command Cosponsor() => Simple("cosponsor", "Co-sponsor a proposal", (client, id, requestId, ct) =>
        client.JoinCosponsorsAsync(new JoinCosponsorsRequest { RequestId = requestId, ProposalId = id }, cancellationToken: ct).ResponseAsync);

    private static Command Uncosponsor() => Simple("uncosponsor", "Stop co-sponsoring a proposal", (client, id, requestId, ct) =>
        client.LeaveCosponsorsAsync(new LeaveCosponsorsRequest { RequestId = requestId, ProposalId = id }, cancellationToken: ct).ResponseAsync);

    private static Command Withdraw() => Simple("withdraw", "Withdraw your proposal", (client, id, requestId, ct) =>
        client.WithdrawProposalAsync(new WithdrawProposalRequest { RequestId = requestId, ProposalId = id }, cancellationToken: ct).ResponseAsync);

    private static Command Merge()
    {
        var (kept, merged, requestId) = (CommonOptions.Id("proposal-id", "proposal kept"), CommonOptions.Id("merged-proposal-id", "proposal merged into it"), CommonOptions.RequestId());
        var command = new Command("merge", "Merge your second proposal into your first") { Arguments = { kept, merged }, Options = { requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
            ProposalViews.Show(cli, (await Client(cli).MergeProposalsAsync(new MergeProposalsRequest
            {
                RequestId = parsed.GetValue(requestId)!, ProposalId = parsed.GetValue(kept)!, MergedProposalId = parsed.GetValue(merged)!,
            }, cancellationToken: ct)).Proposal)));
        return command;
    }

    private static Command Admission()
    {
        var session = CommonOptions.Id("session-id", "session");
        var cosponsors = new Option<int>("--cosponsors") { Description = "How many co-sponsors a proposal needs", Required = true };
        var dimension = new Option<string>("--dimension") { Description = "A group dimension whose values the co-sponsors must span" };
        var distinct = new Option<int>("--distinct") { Description = "How many different values of --dimension" };
        var item = new Option<string>("--agenda-item") { Description = "Set it for one agenda item instead of the whole session" };
        var requestId = CommonOptions.RequestId();
        var command = new Command("admission", "Set what a proposal needs to be admitted") { Arguments = { session }, Options = { cosponsors, dimension, distinct, item, requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await Client(cli).SetAdmissionRuleAsync(new SetAdmissionRuleRequest
            {
                RequestId = parsed.GetValue(requestId)!, SessionId = parsed.GetValue(session)!, AgendaItemId = parsed.GetValue(item) ?? "",
                Rule = new AdmissionRule { Cosponsors = parsed.GetValue(cosponsors), Dimension = parsed.GetValue(dimension) ?? "", DistinctValues = parsed.GetValue(distinct) },
            }, cancellationToken: ct);
            Views.Show(cli, response, $"Admission: {ProposalViews.Describe(response.Rule)}.");
        }));
        return command;
    }

    private static Command Simple(string name, string description,
        Func<ProposalService.ProposalServiceClient, string, string, CancellationToken, Task<ProposalResponse>> call)
    {
        var (id, requestId) = (CommonOptions.Id("proposal-id", "proposal"), CommonOptions.RequestId());
        var command = new Command(name, description) { Arguments = { id }, Options = { requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
            ProposalViews.Show(cli, (await call(Client(cli), parsed.GetValue(id)!, parsed.GetValue(requestId)!, ct)).Proposal)));
        return command;
    }
}
