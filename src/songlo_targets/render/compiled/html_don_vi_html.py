# Compiled by jinja2 from songlo_targets/templates/don-vi.html.j2 for html (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'don-vi.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_unit = resolve('unit')
    l_0_M = l_0_u = missing
    pass
    parent_template = environment.get_template('base.html.j2', 'don-vi.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_M = context.vars['M'] = environment.get_template('_macros.html.j2', 'don-vi.html.j2')._get_default_module(context)
    context.exported_vars.discard('M')
    l_0_u = (undefined(name='unit') if l_0_unit is missing else l_0_unit)
    context.vars['u'] = l_0_u
    context.exported_vars.add('u')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_u = resolve('u')
    l_0_r = resolve('r')
    pass
    yield escape(environment.finalize(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'name')))
    yield ' — tiến độ chỉ tiêu, nhiệm vụ năm '
    yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))

def block_kind(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'PHỤ LỤC'

def block_doc_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_unit = resolve('unit')
    pass
    yield 'Tiến độ thực hiện chỉ tiêu, nhiệm vụ năm '
    yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))
    yield '<br>của '
    yield escape(environment.finalize(environment.getattr((undefined(name='unit') if l_0_unit is missing else l_0_unit), 'name')))

def block_doc_sub(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    try:
        t_1 = environment.filters['vndate']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'vndate' found.")
    pass
    yield '<p class="doc-sub">(Kèm theo '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'reference')))
    yield ' của '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'body')))
    yield '; số liệu tính đến ngày '
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'as_of'))))
    yield ')</p>'

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_unit = resolve('unit')
    l_0_r = resolve('r')
    l_0_formats = resolve('formats')
    l_0_M = resolve('M')
    l_0_label = resolve('label')
    l_0_u = missing
    try:
        t_2 = environment.filters['inline']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'inline' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    try:
        t_5 = environment.filters['urlencode']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'urlencode' found.")
    try:
        t_1 = environment.filters['vndate']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'vndate' found.")
    try:
        t_6 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_u = (undefined(name='unit') if l_0_unit is missing else l_0_unit)
    _block_vars['u'] = l_0_u
    yield '<p class="nav"><a href="../index.html">← Chỉ tiêu, nhiệm vụ năm '
    yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))
    yield '</a> · <a href="../quyet-dinh/'
    yield escape(environment.finalize(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'id')))
    yield '.html">Phụ lục quyết định giao</a>'
    if ('md' in (undefined(name='formats') if l_0_formats is missing else l_0_formats)):
        pass
        yield ' · <a href="'
        yield escape(environment.finalize(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'id')))
        yield '.md">Markdown</a>'
    yield '</p>\n<table>\n<tbody>\n<tr><th scope="row">Khối</th><td>'
    yield escape(environment.finalize(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'group_name')))
    yield '</td></tr>\n<tr><th scope="row">Người giám sát</th><td>'
    if environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor'):
        pass
        yield escape(environment.finalize(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor')))
        if (environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor_title') and (environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor_title') != environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor'))):
            pass
            yield ', '
            yield escape(environment.finalize(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor_title')))
    else:
        pass
        yield 'Chưa phân công'
    yield '</td></tr>\n'
    if environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'heads'):
        pass
        yield '<tr><th scope="row">Người đứng đầu</th><td>'
        l_1_loop = missing
        for l_1_h, l_1_loop in LoopContext(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'heads'), undefined):
            _loop_vars = {}
            pass
            yield escape(environment.finalize(environment.getattr(l_1_h, 'title')))
            if environment.getattr(l_1_h, 'name'):
                pass
                yield ': '
                yield escape(environment.finalize(environment.getattr(l_1_h, 'name')))
            yield escape(environment.finalize(('; ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 15 in 'don-vi.html.j2' evaluated to false and no else section was defined."))))
        l_1_loop = l_1_h = missing
        yield '</td></tr>'
    yield '<tr><th scope="row">Tiến độ</th><td>'
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='M') if l_0_M is missing else l_0_M), 'stack'), environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'counts'), 160, _block_vars=_block_vars)))
    yield ' '
    l_1_loop = missing
    for (l_1_b, l_1_n), l_1_loop in LoopContext(context.call(environment.getattr(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'counts'), 'buckets'), _block_vars=_block_vars), undefined):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'bucket', l_1_b, _loop_vars=_loop_vars)))
        yield ': '
        yield escape(environment.finalize(l_1_n))
        yield escape(environment.finalize(('; ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 16 in 'don-vi.html.j2' evaluated to false and no else section was defined."))))
    l_1_loop = l_1_b = l_1_n = missing
    if environment.getattr(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'counts'), 'stale'):
        pass
        yield '; '
        yield escape(environment.finalize(t_2(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'flag', 'stale', _block_vars=_block_vars))))
        yield ': '
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'counts'), 'stale')))
    yield '</td></tr>\n</tbody>\n</table>\n'
    l_1_loop = missing
    for l_1_t, l_1_loop in LoopContext(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'tasks'), undefined):
        _loop_vars = {}
        pass
        yield '<section class="task" id="t-'
        yield escape(environment.finalize(environment.getattr(l_1_t, 'id')))
        yield '">\n<h3>'
        yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '. '
        yield escape(environment.finalize(environment.getattr(l_1_t, 'title')))
        yield '</h3>\n<table>\n<tbody>\n<tr><th scope="row">Loại</th><td>'
        yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'task-type', environment.getattr(l_1_t, 'type'), _loop_vars=_loop_vars)))
        if environment.getattr(l_1_t, 'measure_text'):
            pass
            yield ': '
            yield escape(environment.finalize(environment.getattr(l_1_t, 'measure_text')))
        yield '</td><th scope="row">Thời hạn</th><td class="c">'
        yield escape(environment.finalize(t_1(environment.getattr(l_1_t, 'deadline'))))
        yield '</td></tr>\n<tr><th scope="row">'
        yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'owner', _loop_vars=_loop_vars)))
        yield '</th><td>'
        yield escape(environment.finalize((environment.getattr(l_1_t, 'owner') or context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'subject', 'collective', _loop_vars=_loop_vars))))
        yield '</td><th scope="row">'
        yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'supervisor', _loop_vars=_loop_vars)))
        yield '</th><td>'
        yield escape(environment.finalize((environment.getattr(l_1_t, 'supervisor') or '')))
        yield '</td></tr>\n'
        if (environment.getattr(l_1_t, 'categories') or environment.getattr(l_1_t, 'basis')):
            pass
            yield '<tr><th scope="row">Nhóm việc</th><td>'
            yield escape(environment.finalize(t_3(context.eval_ctx, environment.getattr(l_1_t, 'categories'), ', ')))
            yield '</td><th scope="row">Căn cứ</th><td>'
            yield escape(environment.finalize((environment.getattr(l_1_t, 'basis') or '')))
            yield '</td></tr>'
        if (((environment.getattr(l_1_t, 'goal') or environment.getattr(l_1_t, 'carried_from')) or environment.getattr(l_1_t, 'carried_to')) or environment.getattr(l_1_t, 'handed_over_to')):
            pass
            yield '<tr><th scope="row">Mục tiêu</th><td>'
            yield escape(environment.finalize((environment.getattr(l_1_t, 'goal') or '')))
            yield '</td><th scope="row">Chuyển tiếp</th><td>'
            if environment.getattr(l_1_t, 'carried_from'):
                pass
                yield 'chuyển từ '
                yield escape(environment.finalize(environment.getattr(l_1_t, 'carried_from_text')))
            if environment.getattr(l_1_t, 'carried_to'):
                pass
                yield escape(environment.finalize(('; ' if environment.getattr(l_1_t, 'carried_from') else cond_expr_undefined("the inline if-expression on line 27 in 'don-vi.html.j2' evaluated to false and no else section was defined."))))
                yield 'sang năm '
                yield escape(environment.finalize((environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year') + 1)))
            if environment.getattr(l_1_t, 'handed_over_to'):
                pass
                yield escape(environment.finalize(('; ' if (environment.getattr(l_1_t, 'carried_from') or environment.getattr(l_1_t, 'carried_to')) else cond_expr_undefined("the inline if-expression on line 27 in 'don-vi.html.j2' evaluated to false and no else section was defined."))))
                yield 'chuyển giao cho '
                yield escape(environment.finalize(environment.getattr(l_1_t, 'handed_over_to')))
            yield '</td></tr>'
        yield '<tr><th scope="row">'
        yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'status', _loop_vars=_loop_vars)))
        yield '</th><td colspan="3">'
        if environment.getattr(environment.getattr(l_1_t, 'state'), 'dropped'):
            pass
            yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'status', 'dropped', _loop_vars=_loop_vars)))
            yield ' ('
            yield escape(environment.finalize(environment.getattr(l_1_t, 'dropped')))
            yield ')'
        elif environment.getattr(environment.getattr(l_1_t, 'state'), 'handed_over'):
            pass
            yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'status', 'handed-over', _loop_vars=_loop_vars)))
            yield ' ('
            yield escape(environment.finalize(environment.getattr(l_1_t, 'handed_over_to')))
            yield ')'
        else:
            pass
            yield '<b>'
            yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'status', environment.getattr(environment.getattr(l_1_t, 'state'), 'status'), _loop_vars=_loop_vars)))
            yield '</b> — '
            yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'bucket', environment.getattr(environment.getattr(l_1_t, 'state'), 'bucket'), _loop_vars=_loop_vars)))
            if environment.getattr(environment.getattr(l_1_t, 'state'), 'done_date'):
                pass
                yield ', ngày '
                yield escape(environment.finalize(t_1(environment.getattr(environment.getattr(l_1_t, 'state'), 'done_date'))))
            if environment.getattr(environment.getattr(l_1_t, 'state'), 'exceeded'):
                pass
                yield ', '
                yield escape(environment.finalize(t_2(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'flag', 'exceeded', _loop_vars=_loop_vars))))
            if environment.getattr(environment.getattr(l_1_t, 'state'), 'stale'):
                pass
                yield ', <b>'
                yield escape(environment.finalize(t_2(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'flag', 'stale', _loop_vars=_loop_vars))))
                yield '</b>'
            yield ' · '
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='M') if l_0_M is missing else l_0_M), 'bar'), environment.getattr(l_1_t, 'share'), _loop_vars=_loop_vars)))
            yield ' '
            yield escape(environment.finalize(environment.getattr(l_1_t, 'value_text')))
        yield '</td></tr>\n'
        if environment.getattr(l_1_t, 'amendments'):
            pass
            yield '<tr><th scope="row">Điều chỉnh</th><td colspan="3">'
            yield escape(environment.finalize(t_3(context.eval_ctx, environment.getattr(l_1_t, 'amendments'), '; ')))
            yield '</td></tr>'
        yield '</tbody>\n</table>\n'
        if environment.getattr(l_1_t, 'progress'):
            pass
            yield '<table>\n<thead><tr><th>Ngày</th><th>'
            yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'status', _loop_vars=_loop_vars)))
            yield '</th><th>Giá trị</th><th>Nội dung</th><th>Minh chứng</th></tr></thead>\n<tbody>\n'
            l_2_loop = missing
            for l_2_p, l_2_loop in LoopContext(environment.getattr(l_1_t, 'progress'), undefined):
                _loop_vars = {}
                pass
                yield '<tr><td class="c">'
                yield escape(environment.finalize(t_1(environment.getattr(l_2_p, 'date'))))
                yield '</td><td>'
                yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'status', environment.getattr(l_2_p, 'status'), _loop_vars=_loop_vars)))
                yield '</td><td class="n">'
                if (not t_6(environment.getattr(l_2_p, 'value'))):
                    pass
                    yield escape(environment.finalize(t_4(environment.getattr(l_2_p, 'value'))))
                    if environment.getattr(l_1_t, 'measure'):
                        pass
                        yield ' '
                        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_t, 'measure'), 'unit')))
                elif (not t_6(environment.getattr(l_2_p, 'percent'))):
                    pass
                    yield escape(environment.finalize(t_4(environment.getattr(l_2_p, 'percent'))))
                    yield '%'
                yield '</td><td>'
                if environment.getattr(l_2_p, 'result'):
                    pass
                    yield '<b>Kết quả:</b> '
                    yield escape(environment.finalize(environment.getattr(l_2_p, 'result')))
                    if environment.getattr(l_2_p, 'note'):
                        pass
                        yield '<br>'
                yield escape(environment.finalize((environment.getattr(l_2_p, 'note') or '')))
                if environment.getattr(l_2_p, 'exceeded'):
                    pass
                    yield ' ('
                    yield escape(environment.finalize(t_2(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'flag', 'exceeded', _loop_vars=_loop_vars))))
                    yield ')'
                yield '</td><td>'
                l_3_loop = missing
                for l_3_e, l_3_loop in LoopContext(environment.getattr(l_2_p, 'evidence'), undefined):
                    _loop_vars = {}
                    pass
                    if environment.getattr(l_3_e, 'file'):
                        pass
                        yield '<a href="'
                        yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidence_root')))
                        yield '/'
                        yield escape(environment.finalize(t_5(environment.getattr(l_3_e, 'file'))))
                        yield '">'
                        yield escape(environment.finalize(environment.getattr(l_3_e, 'title')))
                        yield '</a>'
                    else:
                        pass
                        yield escape(environment.finalize(environment.getattr(l_3_e, 'title')))
                    if environment.getattr(l_3_e, 'number'):
                        pass
                        yield ', số '
                        yield escape(environment.finalize(environment.getattr(l_3_e, 'number')))
                    if environment.getattr(l_3_e, 'date'):
                        pass
                        yield ' ngày '
                        yield escape(environment.finalize(t_1(environment.getattr(l_3_e, 'date'))))
                    if environment.getattr(l_3_e, 'url'):
                        pass
                        yield '<br><span class="ref">'
                        yield escape(environment.finalize(environment.getattr(l_3_e, 'url')))
                        yield '</span>'
                    if (not environment.getattr(l_3_loop, 'last')):
                        pass
                        yield '<br>'
                l_3_loop = l_3_e = missing
                yield '</td></tr>\n'
            l_2_loop = l_2_p = missing
            yield '</tbody>\n</table>\n'
        else:
            pass
            yield '<p class="muted">Chưa có báo cáo tiến độ.</p>\n'
        yield '</section>\n'
    l_1_loop = l_1_t = missing

blocks = {'title': block_title, 'kind': block_kind, 'doc_title': block_doc_title, 'doc_sub': block_doc_sub, 'content': block_content}
debug_info = '1=14&2=17&3=19&4=24&5=38&6=48&7=63&8=86&9=136&10=139&13=149&14=151&15=162&16=178&19=197&20=201&21=203&24=207&25=215&26=223&27=230&28=251&29=289&32=295&34=298&36=301&37=305'
