import { describe, expect, it } from 'vitest';
import { parseNewsPage } from './html-page';
import { splitTitle } from './html-title';

const body = '<div id="content"><p>清晨，茶山的雾还没散，合作社的收购点已经排起了队。</p><p>委员们一边看秤，一边记下茶农说的难处。</p></div>';
const page = (head: string, top: string, after = ''): string =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${top}${body}${after}</body></html>`;

describe('splitTitle', () => {
  it.each([
    ['春茶开采 - 山西省人民政府门户网站', '春茶开采', ['山西省人民政府门户网站']],
    ['外媒眼中的武汉长假_首页武汉_新闻中心_长江网_cjn.cn', '外媒眼中的武汉长假', ['首页武汉', '新闻中心', '长江网', 'cjn.cn']],
    ['女儿出嫁--文化--人民网', '女儿出嫁', ['文化', '人民网']],
    ['法国全国大罢工再次严重影响交通-新华网', '法国全国大罢工再次严重影响交通', ['新华网']],
    ['1-10月德清县固定资产投资结构趋稳趋优', '1-10月德清县固定资产投资结构趋稳趋优', []],
    ['【不忘初心】我院举办技能大赛  云岭省中医院附属医院', '【不忘初心】我院举办技能大赛', ['云岭省中医院附属医院']],
  ])('splits %s into the headline and the site suffix', (title, head, suffixParts) => {
    expect(splitTitle(title)).toEqual({ head, suffixParts });
  });
});

describe('the headline of a news page', () => {
  it('is never the site logo’s heading, hidden or not', () => {
    const parsed = parseNewsPage(page('<title>春茶开采 - 山西省人民政府门户网站</title>',
      '<h1 class="logo"><a href="/">山西省人民政府网站</a></h1><h1 style="display:none">山西省人民政府</h1><div class="article-title">春茶开采</div><div class="info">2025-03-08 来源：省农业农村厅</div>'));
    expect(parsed).toMatchObject({ title: '春茶开采', date: '2025-03-08', source: '省农业农村厅' });
  });

  it('is the <title> without its suffix when the only <h1> is a channel’s name', () => {
    const parsed = parseNewsPage(page('<title>春茶开采_首页武汉_新闻中心_长江网</title>', '<h1>新闻中心</h1><p class="time">2025年3月8日</p>'));
    expect(parsed).toMatchObject({ title: '春茶开采', siteName: '长江网', date: '2025-03-08' });
  });

  it('is what <title> starts with, not a department printed after it', () => {
    const parsed = parseNewsPage(page('<title>春茶开采 东区办事处_云岭网</title>', '<span class="Title"><b>春茶开采</b></span><br><font>来源于：东区办事处</font>', '<div>发布日期：2025-03-10 责任编辑：林晓</div>'));
    expect(parsed).toMatchObject({ title: '春茶开采', source: '东区办事处', editor: '林晓', date: '2025-03-10' });
  });

  it('prefers meta ArticleTitle to an <h1> that <title> does not start with', () => {
    const parsed = parseNewsPage(page('<title>1-10月全县投资结构趋稳</title><meta name="ArticleTitle" content="1-10月全县投资结构趋稳">', '<h1>投资运行</h1>'));
    expect(parsed.title).toBe('1-10月全县投资结构趋稳');
  });
});

describe('date and fields of a news page', () => {
  it('takes no date printed only far from the headline, and says why', () => {
    const parsed = parseNewsPage(page('<title>春茶开采</title>', '<h1>春茶开采</h1>', '<div class="links"><a href="/1">旧闻</a></div><div class="footer">版权所有 2009年1月1日起施行</div>'));
    expect(parsed.date).toBeUndefined();
    expect(parsed.warnings.join()).toMatch(/2009-01-01.*not near the headline/);
  });

  it('splits 来源 and 作者 run together, and drops a byline of boilerplate', () => {
    expect(parseNewsPage(page('<title>春茶开采</title>', '<h1>春茶开采</h1><div>2025-03-08 12:11来源：云岭网作者：林晓</div>'))).toMatchObject({ source: '云岭网', byline: '作者：林晓' });
    const boiler = parseNewsPage(page('<title>春茶开采</title>', '<h1>春茶开采</h1><div>2025-03-08 作者： 转载请注明：云岭网</div>'));
    expect(boiler.byline).toBeUndefined();
  });

  it('reads a byline printed as the body’s first line, and keeps it out of the body', () => {
    const parsed = parseNewsPage('<html><head><title>春茶开采</title></head><body><h1>春茶开采</h1><div>2025-03-08</div><div class="text"><p>文/林晓</p><p>清晨，茶山的雾还没散，收购点已经排起了队，茶农们说说笑笑。</p></div></body></html>');
    expect(parsed.byline).toBe('文/林晓');
    expect(parsed.blocks.map((b) => b.text)).not.toContain('文/林晓');
  });

  it('keeps every paragraph of a body built of <div>s', () => {
    const divs = Array.from({ length: 8 }, (_, i) => `<div>第${i + 1}段：委员们走进社区，听取居民对加装电梯的意见。</div>`).join('');
    const parsed = parseNewsPage(`<html><head><title>加装电梯-云岭网</title></head><body><h1>加装电梯</h1><div class="con">${divs}</div></body></html>`);
    expect(parsed.blocks.map((b) => b.text.slice(0, 3))).toEqual(['第1段', '第2段', '第3段', '第4段', '第5段', '第6段', '第7段', '第8段']);
  });
});

describe('a government site’s article page', () => {
  // The shape of a provincial portal's page: a logo <h1> with hidden text, the headline in an
  // <h2> between an empty 引题 <h3> and a 副题 <h3>, 时间 and 来源 labelled, a body of <div>s.
  const paragraphs = Array.from({ length: 8 }, (_, i) => `<div>\u3000\u3000第${i + 1}段：省贸促会与多家商协会签署合作协议，推动企业加快走出去。</div>`).join('\n');
  const portal = `<html><head><meta charset="utf-8"><title>春茶出海正式启动 - 云岭省人民政府门户网站 </title>
    <meta name="PubDate" content="2019-09-18 06:23"></head><body>
    <div class="header"><div class="logo left"><h1><a href="/"><span class="hide">云岭省人民政府网站</span></a></h1></div></div>
    <ul class="breadcrumb"><li><a href="../../">要闻</a></li></ul>
    <div class="detail-article-title"><h3></h3><h2>春茶出海正式启动</h2><h3>成功举办云岭—巴西经贸推介会</h3></div>
    <ul class="detail-article-infos"><li><span><i>时间：</i>2019-09-18 06:23</span><span><i>来源：</i>
      云岭日报
    </span></li></ul>
    <div class="article-body"><div class="TRS_Editor"><div style="text-align: center;"><img src="a.jpg"></div>
    ${paragraphs}</div></div>
    <div class="footer">版权所有 2009年 云岭省人民政府办公厅</div></body></html>`;

  it('reads the headline, its 副题, date and source, and every one of its paragraphs', () => {
    const parsed = parseNewsPage(portal);
    expect(parsed).toMatchObject({ title: '春茶出海正式启动', subtitle: '成功举办云岭—巴西经贸推介会', date: '2019-09-18', source: '云岭日报', siteName: '云岭省人民政府门户网站' });
    expect(parsed.blocks).toHaveLength(8);
  });
});

describe('a headline set in no heading element', () => {
  it('is the element whose text <title> starts with, up to its suffix', () => {
    const parsed = parseNewsPage(`<html><head><title>中华人民共和国监察法-纪检</title></head><body>
      <table><tr><td><a href="/x">中华人民共和国监察法</a></td></tr>
      <tr><td><span class="STYLE8">中华人民共和国监察法</span></td></tr>
      <tr><td>来源:  | 发布时间: 2018-05-17 | 浏览次数: 2168</td></tr>
      <tr><td><p>第一条\u3000为了深化国家监察体制改革，加强对所有行使公权力的公职人员的监督，制定本法。</p>
      <p>第二条\u3000坚持中国共产党对国家监察工作的领导，构建集中统一、权威高效的监察体制。</p></td></tr></table></body></html>`);
    expect(parsed).toMatchObject({ title: '中华人民共和国监察法', date: '2018-05-17' });
    expect(parsed.source).toBeUndefined();
    expect(parsed.blocks).toHaveLength(2);
  });
});

describe('a hospital site’s article page', () => {
  it('reads the headline apart from the site name, and drops a source that is boilerplate', () => {
    const parsed = parseNewsPage(`<html><head><title>【不忘初心】我院举办技能大赛  云岭省中医院附属医院</title></head><body>
      <ul class="nav"><li><h3><a href="/">首页</a></h3></li></ul>
      <div id="block"><div class="title">【不忘初心】我院举办技能大赛     </div>
      <div class="title_blow">来源：本站原创&nbsp;&nbsp;作者：药剂党支部<br>时间：2019年10月31日 23:00&nbsp;&nbsp;浏览：33</div></div>
      <div id="div_article_content"><p><strong>本站讯</strong>（通讯员 林晓）10月30日，药剂科举办了理论知识与专业技能大赛。</p><p><span><br></span></p>
      <p>本次竞赛内容分为基础理论考试与基本技能竞赛，最终评出一二三等奖。</p></div>
      <div class="footer">版权所有 Copyright © 2018 All rights reserved.</div></body></html>`);
    expect(parsed).toMatchObject({ title: '【不忘初心】我院举办技能大赛', date: '2019-10-31', byline: '作者：药剂党支部', siteName: '云岭省中医院附属医院' });
    expect(parsed.source).toBeUndefined();
    expect(parsed.blocks).toHaveLength(2);
  });
});

describe('a blog-style news page', () => {
  it('takes the date printed under the headline, not one in the story, and the byline signed at its foot', () => {
    const parsed = parseNewsPage(`<html><head><title>[转载]七旬阿婆接来电被骗上百万-某某传媒</title></head><body>
      <div class="here"><a href="/">首页</a> &gt; <a href="/post/1.html">[转载]七旬阿婆接来电被骗上百万</a></div>
      <div class="post single"><h2 class="post-title">[转载]七旬阿婆接来电被骗上百万</h2>
      <h6 class="post-footer"><a class="post-date">2019年09月11日</a> 某某传媒 时政新闻 1665</h6>
      <div class="post-body"><p style="display:none">原标题：七旬阿婆接来电被骗上百万</p>
      <p>南都记者了解到，一名男子声称查到阿婆于2009年在北京办了一张信用卡，已经透支了267万元。</p>
      <p>警方提示，接到自称是公安、检察院、法院人员的来电切勿轻易相信，拿不准时可拨打110求证。</p>
      <p>采写：南都记者 余晓 向雪</p><p>责任编辑：<span></span></p></div>
      <blockquote><p>港铁公司车务营运总监表示，8月31日晚，因激进示威者的破坏行为，启动疏散程序。</p></blockquote></div></body></html>`);
    expect(parsed).toMatchObject({ title: '[转载]七旬阿婆接来电被骗上百万', date: '2019-09-11', byline: '采写：南都记者 余晓 向雪' });
    expect(parsed.editor).toBeUndefined();
    expect(parsed.blocks.map((b) => b.text.slice(0, 4))).toEqual(['南都记者', '警方提示']);
  });

  it('reads the date of the page’s JSON-LD when nothing near the headline gives one', () => {
    const parsed = parseNewsPage(`<html><head><title>春茶开采</title><script type="application/ld+json">{"title":"春茶开采","pubDate":"2019-09-11T02:46:57"}</script></head>
      <body><h1>春茶开采</h1><div class="text"><p>清晨，茶山的雾还没散，合作社的收购点已经排起了队。</p><p>委员们一边看秤，一边记下茶农说的难处。</p></div></body></html>`);
    expect(parsed.date).toBe('2019-09-11');
  });
});

describe('a page whose <title> is its channel’s name', () => {
  it('is titled by the heading printed just before its body', () => {
    const parsed = parseNewsPage(`<html><head><title>新闻动态--云岭地理学会官网</title></head><body>
      <div class="header_nav"><ul><li><a href="/">首页</a></li><li><a href="/news">新闻动态</a></li></ul></div>
      <div class="se_nav"><div class="title_la"><h3>首页 - 新闻动态</h3></div></div>
      <div class="news_left"><h5>2019年人文地理学术年会在西南大学成功举行！</h5>
      <div class="ly"><b>发布时间：2019-05-18</b> <i>来源：云岭地理学会</i></div>
      <div class="detailCon"><p>5月10-12日，2019年人文地理学术年会在西南大学举行，600余名专家学者参会。</p>
      <p>5月11日上午，大会开幕式在西南大学圆顶报告厅举行。</p></div></div></body></html>`);
    expect(parsed).toMatchObject({ title: '2019年人文地理学术年会在西南大学成功举行！', date: '2019-05-18', source: '云岭地理学会' });
    expect(parsed.blocks).toHaveLength(2);
  });
});
