# Compiled by jinja2 from songlo_targets/templates/index.html.j2 for html (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'index.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_M = missing
    pass
    parent_template = environment.get_template('base.html.j2', 'index.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_M = context.vars['M'] = environment.get_template('_macros.html.j2', 'index.html.j2')._get_default_module(context)
    context.exported_vars.discard('M')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    pass
    yield 'Chỉ tiêu, nhiệm vụ năm '
    yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))
    yield ' — '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'name')))

def block_header(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    try:
        t_1 = environment.filters['place_date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'place_date' found.")
    try:
        t_2 = environment.filters['vndate']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'vndate' found.")
    try:
        t_3 = environment.filters['vnupper']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'vnupper' found.")
    pass
    yield '<header class="party">\n<div class="issuer">\n'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'superior'):
        pass
        yield '<div class="superior">'
        yield escape(environment.finalize(t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'superior'))))
        yield '</div>\n'
    yield '<div class="body">'
    yield escape(environment.finalize(t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'name'))))
    yield '</div>\n<div class="star">*</div>\n</div>\n<div class="party-name">\n<div class="dcs">ĐẢNG CỘNG SẢN VIỆT NAM</div>\n<div class="place-date">'
    yield escape(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'place'), environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'date'))))
    yield '</div>\n</div>\n</header>\n<h1>CHỈ TIÊU, NHIỆM VỤ NĂM '
    yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))
    yield '</h1>\n<p class="doc-sub">(Số liệu tính đến ngày '
    yield escape(environment.finalize(t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'as_of'))))
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'):
        pass
        yield '; giao tại Quyết định số '
        yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision')))
        yield ' ngày '
        yield escape(environment.finalize(t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision_date'))))
    yield ')</p>\n<p class="doc-rule">-----</p>\n'

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_M = resolve('M')
    l_0_formats = resolve('formats')
    l_0_t = missing
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    try:
        t_6 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_7 = environment.filters['roman']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'roman' found.")
    try:
        t_8 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_t = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'totals')
    _block_vars['t'] = l_0_t
    yield '<div class="cards">\n'
    for (l_1_b, l_1_n) in context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'buckets'), _block_vars=_block_vars):
        l_1_label = resolve('label')
        _loop_vars = {}
        pass
        yield '<div class="card '
        yield escape(environment.finalize(l_1_b))
        yield '"><span class="big">'
        yield escape(environment.finalize(t_5(l_1_n)))
        yield '</span>'
        yield escape(environment.finalize(context.call((undefined(name='label') if l_1_label is missing else l_1_label), 'bucket', l_1_b, _loop_vars=_loop_vars)))
        yield '<br><span class="muted">'
        yield escape(environment.finalize((t_6((l_1_n / environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total'))) if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total') else '')))
        yield '</span></div>\n'
    l_1_b = l_1_n = l_1_label = missing
    yield '</div>\n<p>'
    yield escape(environment.finalize(t_5(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total'))))
    yield ' chỉ tiêu, nhiệm vụ của '
    yield escape(environment.finalize(t_4(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'units'))))
    yield ' cơ quan, đơn vị, địa phương; đã hoàn thành '
    yield escape(environment.finalize(t_5(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done'))))
    yield ' ('
    yield escape(environment.finalize((t_6(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_share')) if (not t_8(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_share'))) else '0%')))
    yield '); '
    yield escape(environment.finalize(t_5(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'stale'))))
    yield ' nhiệm vụ chậm cập nhật'
    if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'dropped'):
        pass
        yield '; '
        yield escape(environment.finalize(t_5(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'dropped'))))
        yield ' nhiệm vụ đã rút khỏi danh mục'
    yield '.</p>\n\n<h2>Tiến độ theo khối</h2>\n'
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='M') if l_0_M is missing else l_0_M), 'legend'), _block_vars=_block_vars)))
    yield '\n<table>\n<thead><tr><th>Khối</th><th>Số đơn vị</th><th>Số nhiệm vụ</th><th>Tiến độ</th><th>Tỷ lệ hoàn thành</th></tr></thead>\n<tbody>\n'
    for l_1_g in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'groups'):
        _loop_vars = {}
        pass
        yield '<tr><td>'
        yield escape(environment.finalize(environment.getattr(l_1_g, 'name')))
        yield '</td><td class="n">'
        yield escape(environment.finalize(t_4(environment.getattr(l_1_g, 'units'))))
        yield '</td><td class="n">'
        yield escape(environment.finalize(t_5(environment.getattr(environment.getattr(l_1_g, 'counts'), 'total'))))
        yield '</td><td class="bar">'
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='M') if l_0_M is missing else l_0_M), 'stack'), environment.getattr(l_1_g, 'counts'), 220, _loop_vars=_loop_vars)))
        yield '</td><td class="n">'
        yield escape(environment.finalize(t_6(environment.getattr(environment.getattr(l_1_g, 'counts'), 'done_share'))))
        yield '</td></tr>\n'
    l_1_g = missing
    yield '</tbody>\n</table>\n\n<h2>Văn bản</h2>\n<ul>\n<li><a href="tong-hop.html">Báo cáo tổng hợp kết quả thực hiện chỉ tiêu, nhiệm vụ năm '
    yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))
    yield '</a>'
    if ('md' in (undefined(name='formats') if l_0_formats is missing else l_0_formats)):
        pass
        yield ' (<a href="tong-hop.md">Markdown</a>)'
    yield '</li>\n'
    if (not t_8(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rating'))):
        pass
        yield '<li><a href="danh-gia.html">Báo cáo kết quả đánh giá, xếp loại năm '
        yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))
        yield '</a>'
        if ('md' in (undefined(name='formats') if l_0_formats is missing else l_0_formats)):
            pass
            yield ' (<a href="danh-gia.md">Markdown</a>)'
        yield '</li>\n'
    yield '</ul>\n\n<h2>Các cơ quan, đơn vị, địa phương</h2>\n<p class="note muted">Mỗi đơn vị: báo cáo tiến độ từng nhiệm vụ và phụ lục quyết định giao chỉ tiêu, nhiệm vụ.</p>\n'
    l_1_loop = missing
    for l_1_g, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'groups'), undefined):
        _loop_vars = {}
        pass
        yield '<h3>'
        yield escape(environment.finalize(t_7(environment.getattr(l_1_loop, 'index'))))
        yield '. '
        yield escape(environment.finalize(environment.getattr(l_1_g, 'name')))
        yield '</h3>\n<ul class="links">\n'
        for l_2_u in environment.getattr(l_1_g, 'units'):
            _loop_vars = {}
            pass
            yield '<li>'
            if environment.getattr(l_2_u, 'tasks'):
                pass
                yield '<a href="don-vi/'
                yield escape(environment.finalize(environment.getattr(l_2_u, 'id')))
                yield '.html">'
                yield escape(environment.finalize(environment.getattr(l_2_u, 'name')))
                yield '</a> <span class="muted">(hoàn thành '
                yield escape(environment.finalize(environment.getattr(environment.getattr(l_2_u, 'counts'), 'done')))
                yield '/'
                yield escape(environment.finalize(environment.getattr(environment.getattr(l_2_u, 'counts'), 'total')))
                yield ' nhiệm vụ)</span> · <a href="quyet-dinh/'
                yield escape(environment.finalize(environment.getattr(l_2_u, 'id')))
                yield '.html">Phụ lục quyết định giao</a>'
            else:
                pass
                yield escape(environment.finalize(environment.getattr(l_2_u, 'name')))
                yield ' <span class="muted">(không có nhiệm vụ)</span>'
            yield '</li>\n'
        l_2_u = missing
        yield '</ul>\n'
    l_1_loop = l_1_g = missing

blocks = {'title': block_title, 'header': block_header, 'content': block_content}
debug_info = '1=13&2=16&3=20&4=34&7=62&9=68&14=70&17=72&18=74&21=83&22=125&24=128&25=133&28=143&31=159&35=161&36=165&43=177&44=183&45=186&51=194&52=198&54=202&55=206'
