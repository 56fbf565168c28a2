using Deliberation.Api.V1;
using Spectre.Console;

namespace Deliberation.Cli.Demo;

/// <summary>Tells the demo as it happens; silent with --json, where only the final answer is printed.</summary>
internal sealed class DemoNarrator(IAnsiConsole console, bool quiet)
{
    public void Opening(string sessionId)
    {
        if (quiet) return;
        console.MarkupLine("[bold]A town's two communities decide how their municipal offices speak.[/]");
        console.MarkupLine($"Session [bold]{sessionId}[/]. Watch it live in a second terminal:");
        console.MarkupLine($"  [green]delib watch {sessionId}[/]");
        console.WriteLine();
    }

    public void Tell(string step)
    {
        if (!quiet) console.MarkupLineInterpolated($"[grey]{DateTime.Now:HH:mm:ss}[/] {step}");
    }

    /// <summary>A closed ballot's outcome, with the engine's own explanation and turnout.</summary>
    public void Result(string subject, Ballot ballot)
    {
        if (quiet) return;
        var verdict = ballot.Result.Adopted ? "[green]adopted[/]" : "[red]not adopted[/]";
        console.MarkupLine($"[grey]{DateTime.Now:HH:mm:ss}[/] Mira closes the ballot on {Markup.Escape(subject)}: {verdict}.");
        console.MarkupLineInterpolated($"         {ballot.Result.Explanation}");
        foreach (var group in ballot.Result.ByGroup.Where(g => g.Required))
            console.MarkupLineInterpolated($"         {group.Value}: {(group.Withheld ? "counts withheld (fewer than 3 voters)" : $"{group.Yes} yes, {group.No} no, {group.Abstain} abstaining")}, majority {(group.Held ? "held" : "failed")}.");
        console.MarkupLineInterpolated($"         Turnout {ballot.Turnout.Voted} of {ballot.Turnout.Electors}.");
    }

    public void Closing(string sessionId)
    {
        if (quiet) return;
        console.WriteLine();
        console.MarkupLine("The session stays in progress; look around:");
        console.MarkupLine($"  [green]delib session show {sessionId}[/]");
        console.MarkupLine($"  [green]delib proposal list {sessionId}[/]");
    }
}
