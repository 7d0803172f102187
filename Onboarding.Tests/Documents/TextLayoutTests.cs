using Onboarding.Web.Documents.Text;

namespace Onboarding.Tests.Documents;

/// <summary>Line breaking, text cleaning and the fonts' unambiguous layers, below the PDF.</summary>
public sealed class TextLayoutTests
{
    private static readonly TextShaper Shaper = new(new FontCatalog());

    private static List<string> Lines(string text, float width) =>
        LineBreaker.Break(Shaper.Shape(text, 10), width).Select(l => text[l.Start..l.End]).ToList();

    private static float Width(string text) => Shaper.Shape(text, 10).TotalWidth;

    [Fact]
    public void Break_AtSpaces_TrailingSpacesLeftOut()
    {
        var width = Math.Max(Width("alpha beta"), Width("gamma delta")) + 1;

        Lines("alpha beta gamma delta", width).ShouldBe(["alpha beta", "gamma delta"]);
    }

    [Fact]
    public void Break_AfterAHyphenInsideAWord()
    {
        Lines("state-of-the-art", Width("state-of-")).ShouldBe(["state-of-", "the-art"]);
    }

    [Fact]
    public void Break_BetweenCjkCharacters_NeverBeforeClosingPunctuation()
    {
        var lines = Lines("你好，世界。工作范围说明书", Width("你好"));

        lines.ShouldAllBe(l => !l.StartsWith('，') && !l.StartsWith('。'));
        string.Concat(lines).ShouldBe("你好，世界。工作范围说明书");
        // "你好" fits but the comma may not start the next line: it goes with 好.
        lines[0].ShouldBe("你");
        lines[1].ShouldBe("好，");
    }

    [Fact]
    public void Break_WordLongerThanTheLine_CutBetweenCharacters()
    {
        // Digits are equally wide in DejaVu Sans.
        var lines = Lines("01234567890123456789012345", Width("0123456789"));

        lines.ShouldBe(["0123456789", "0123456789", "012345"]);
    }

    [Fact]
    public void Break_NewLine_IsAForcedBreak()
    {
        Lines("one\ntwo\n\nthree", 1000).ShouldBe(["one", "two", "", "three"]);
    }

    [Fact]
    public void Break_SurrogatePairsAndMarks_AreNeverCut()
    {
        var text = "𠀀𠀁𠀂e\u0301e\u0301e\u0301";

        foreach (var line in Lines(text, 1))
        {
            char.IsLowSurrogate(line[0]).ShouldBeFalse();
            line[0].ShouldNotBe('\u0301');
        }
    }

    [Fact]
    public void Clean_DropsControlsAndUnpairedSurrogates_KeepsLineEnds()
    {
        PrintableText.Clean("a\u0000b\tc\r\nd\re\u2028f\uD800g\uDC00h😀").ShouldBe("ab c\nd\ne\nfgh😀");
        PrintableText.Clean(null).ShouldBe("");
    }

    [Fact]
    public void SplitIntoLayers_SharedGlyph_CanonicalCharacterFirst()
    {
        var map = new Dictionary<int, int> { [0x2F2F] = 5, [0x5DE5] = 5, [0x41] = 7, [0xB5] = 9, [0x3BC] = 9 };

        var layers = UnambiguousFontFile.SplitIntoLayers(map);

        layers.Count.ShouldBe(2);
        layers[0].ShouldBe(new Dictionary<int, int> { [0x5DE5] = 5, [0x41] = 7, [0x3BC] = 9 }, ignoreOrder: true);
        layers[1].ShouldBe(new Dictionary<int, int> { [0x2F2F] = 5, [0xB5] = 9 }, ignoreOrder: true);
    }

    [Fact]
    public void Resolve_FallsBackFromDejaVuToNotoCjk_ByRegion()
    {
        var fonts = new FontCatalog();

        fonts.Resolve('Ж', default, CjkRegion.Korean).Name.ShouldBe("DejaVu Sans");
        fonts.Resolve('한', default, CjkRegion.Korean).Name.ShouldBe("Noto Sans CJK KR");
        fonts.Resolve('说', default, CjkRegion.SimplifiedChinese).Name.ShouldBe("Noto Sans CJK SC");
        fonts.Resolve('工', default, CjkRegion.SimplifiedChinese).ShouldNotBe(fonts.Resolve('⼯', default, CjkRegion.SimplifiedChinese));
    }
}
