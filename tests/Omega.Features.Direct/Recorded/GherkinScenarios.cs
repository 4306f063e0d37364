using System.Collections.Specialized;
using System.Globalization;
using System.Reflection;
using Gherkin.Ast;
using GherkinScenario = Gherkin.Ast.Scenario;
using TechTalk.SpecFlow;
using Xunit;
using Xunit.Abstractions;

namespace Omega.Features.Direct.Recorded;

/// <summary>
/// Runs a feature given as text through SpecFlow's own test runner, call for call as the code SpecFlow
/// generates for a .feature file does: the same step bindings, hooks, target and scenario context, with
/// the text parsed by the Gherkin parser SpecFlow itself ships, and no code generated at build time.
/// </summary>
internal static class GherkinScenarios
{
    public static void Run(string feature, Assembly suite, ITestOutputHelper output)
    {
        var parsed = new Gherkin.Parser().Parse(new StringReader(feature)).Feature;
        var tags = Tags(parsed.Tags);
        var runner = TestRunnerManager.GetTestRunner(suite);
        runner.OnFeatureStart(new FeatureInfo(
            new CultureInfo("en"), "exported", parsed.Name, parsed.Description, ProgrammingLanguage.CSharp, tags));
        try
        {
            var scenarios = parsed.Children.OfType<GherkinScenario>().ToList();
            Assert.NotEmpty(scenarios);
            foreach (var scenario in scenarios)
            {
                RunScenario(runner, scenario, tags, output);
            }
        }
        finally
        {
            runner.OnFeatureEnd();
        }
    }

    private static void RunScenario(
        ITestRunner runner, GherkinScenario scenario, string[] featureTags, ITestOutputHelper output)
    {
        Assert.Empty(scenario.Examples);
        var tags = Tags(scenario.Tags);
        runner.OnScenarioInitialize(
            new ScenarioInfo(scenario.Name, scenario.Description, tags, new OrderedDictionary(), featureTags));
        runner.ScenarioContext.ScenarioContainer.RegisterInstanceAs(output);
        try
        {
            runner.OnScenarioStart();
            foreach (var step in scenario.Steps)
            {
                Step(runner, step);
            }

            // A step no binding matches is "undefined", not an error: it must fail the test all the same.
            var context = runner.ScenarioContext;
            Assert.True(
                context.ScenarioExecutionStatus == ScenarioExecutionStatus.OK || context.TestError is not null,
                $"\"{scenario.Name}\" ended {context.ScenarioExecutionStatus}: a step matches no binding.");
            runner.CollectScenarioErrors();
        }
        finally
        {
            runner.OnScenarioEnd();
        }
    }

    private static void Step(ITestRunner runner, Step step)
    {
        var keyword = step.Keyword;
        Action<string, string?, Table?, string> run = keyword.Trim() switch
        {
            "Given" => runner.Given,
            "When" => runner.When,
            "Then" => runner.Then,
            "And" => runner.And,
            "But" => runner.But,
            _ => throw new InvalidOperationException($"\"{keyword}{step.Text}\" has no keyword the suite reads."),
        };
        run(step.Text, (step.Argument as DocString)?.Content, null, keyword);
    }

    private static string[] Tags(IEnumerable<Tag> tags) => [.. tags.Select(t => t.Name.TrimStart('@'))];
}
