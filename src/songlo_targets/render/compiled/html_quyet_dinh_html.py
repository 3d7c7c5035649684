# Compiled by jinja2 from songlo_targets/templates/quyet-dinh.html.j2 for html (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'quyet-dinh.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html.j2', 'quyet-dinh.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_unit = resolve('unit')
    pass
    yield 'Phụ lục: chỉ tiêu, nhiệm vụ năm '
    yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))
    yield ' giao cho '
    yield escape(environment.finalize(environment.getattr((undefined(name='unit') if l_0_unit is missing else l_0_unit), 'name')))

def block_sheet_class(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield ' landscape'

def block_number(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    pass
    yield 'Số '
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'):
        pass
        yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision')))
    else:
        pass
        yield '…-QĐ/'
        yield escape(environment.finalize((environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'symbol') or '…')))

def block_place_date(context, missing=missing, environment=environment):
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
    pass
    yield escape(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'place'), (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision_date') or environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'date')))))

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
    yield 'Chỉ tiêu, nhiệm vụ năm '
    yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))
    yield ' giao cho '
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
        t_2 = environment.filters['vndate']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'vndate' found.")
    pass
    yield '<p class="doc-sub">('
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'):
        pass
        yield 'Kèm theo Quyết định số '
        yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision')))
        yield ' ngày '
        yield escape(environment.finalize(t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision_date'))))
        yield ' của '
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'body')))
    else:
        pass
        yield 'Dự thảo, chưa có quyết định giao'
    yield ')</p>'

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_unit = resolve('unit')
    l_0_label = resolve('label')
    l_0_r = resolve('r')
    l_0_u = missing
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_5 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_2 = environment.filters['vndate']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'vndate' found.")
    pass
    l_0_u = (undefined(name='unit') if l_0_unit is missing else l_0_unit)
    _block_vars['u'] = l_0_u
    yield '<table class="appendix">\n<thead><tr><th class="stt">STT</th><th class="a-task">Chỉ tiêu, nhiệm vụ</th><th class="a-product">'
    yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'measure', _block_vars=_block_vars)))
    yield '</th><th class="a-owner">'
    yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'owner', _block_vars=_block_vars)))
    yield '</th><th class="a-deadline">'
    yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'deadline', _block_vars=_block_vars)))
    yield '</th><th class="a-category">'
    yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'categories', _block_vars=_block_vars)))
    yield '</th><th class="a-basis">'
    yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'basis', _block_vars=_block_vars)))
    yield '</th><th class="a-from">Chuyển từ</th></tr></thead>\n<tbody>\n'
    for l_1_t in environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'appendix'):
        _loop_vars = {}
        pass
        yield '<tr><td class="c">'
        yield escape(environment.finalize(environment.getattr(l_1_t, 'number')))
        yield '</td><td>'
        yield escape(environment.finalize(environment.getattr(l_1_t, 'title')))
        if environment.getattr(l_1_t, 'unknown'):
            pass
            yield ' <sup>(*)</sup>'
        yield '</td><td>'
        yield escape(environment.finalize((environment.getattr(l_1_t, 'measure_text') or '')))
        yield '</td><td>'
        yield escape(environment.finalize((environment.getattr(l_1_t, 'owner') or context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'subject', 'collective', _loop_vars=_loop_vars))))
        yield '</td><td class="c">'
        yield escape(environment.finalize(t_2(environment.getattr(l_1_t, 'deadline'))))
        yield '</td><td>'
        yield escape(environment.finalize(t_3(context.eval_ctx, environment.getattr(l_1_t, 'categories'), ', ')))
        yield '</td><td class="c">'
        if environment.getattr(l_1_t, 'basis_number'):
            pass
            yield '('
            yield escape(environment.finalize(environment.getattr(l_1_t, 'basis_number')))
            yield ')'
        yield '</td><td>'
        yield escape(environment.finalize((environment.getattr(l_1_t, 'carried_from_text') or '')))
        yield '</td></tr>\n'
    l_1_t = missing
    yield '</tbody>\n</table>\n'
    if environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'basis_used'):
        pass
        yield '<p class="appendix-note">Căn cứ: '
        def t_6(fiter):
            for (l_1_n, l_1_name) in fiter:
                if (l_1_n in environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'basis_used')):
                    yield (l_1_n, l_1_name)
        l_1_loop = missing
        for (l_1_n, l_1_name), l_1_loop in LoopContext(t_6(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'basis')), undefined):
            _loop_vars = {}
            pass
            yield '('
            yield escape(environment.finalize(l_1_n))
            yield ') '
            yield escape(environment.finalize(l_1_name))
            yield escape(environment.finalize(('; ' if (not environment.getattr(l_1_loop, 'last')) else '.')))
        l_1_loop = l_1_n = l_1_name = missing
        yield '</p>\n'
    if t_4(context.eval_ctx, t_5(context, environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'appendix'), 'unknown')):
        pass
        yield '<p class="appendix-note">(*) Đã điều chỉnh sau khi giao; hồ sơ không ghi nội dung trước điều chỉnh, nên ghi theo nội dung hiện hành.</p>\n'
    yield '<p class="appendix-note">Người giám sát: '
    if environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor'):
        pass
        yield escape(environment.finalize(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor')))
        if (environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor_title') and (environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor_title') != environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor'))):
            pass
            yield ', '
            yield escape(environment.finalize(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor_title')))
    else:
        pass
        yield 'chưa phân công'
    yield '.</p>\n'
    if environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'changes'):
        pass
        yield '<h3>Điều chỉnh sau khi giao</h3>\n<table class="changes">\n<thead><tr><th class="stt">STT</th><th class="a-task">Chỉ tiêu, nhiệm vụ</th><th>Nội dung điều chỉnh</th><th class="a-deadline">Quyết định</th></tr></thead>\n<tbody>\n'
        for l_1_c in environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'changes'):
            _loop_vars = {}
            pass
            yield '<tr><td class="c">'
            yield escape(environment.finalize((environment.getattr(l_1_c, 'number') or '')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'title')))
            yield '</td><td>'
            template = environment.get_template('_change.j2', 'quyet-dinh.html.j2')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'c': l_1_c, 'u': l_0_u}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            yield '</td><td class="c">'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'decision')))
            yield '<br>ngày '
            yield escape(environment.finalize(t_2(environment.getattr(l_1_c, 'date'))))
            yield '</td></tr>\n'
        l_1_c = missing
        yield '</tbody>\n</table>\n'
    yield '<p class="nav note muted"><a href="../index.html">Chỉ tiêu, nhiệm vụ năm '
    yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))
    yield '</a> · <a href="../don-vi/'
    yield escape(environment.finalize(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'id')))
    yield '.html">Tiến độ của đơn vị</a></p>\n'

blocks = {'title': block_title, 'sheet_class': block_sheet_class, 'number': block_number, 'place_date': block_place_date, 'kind': block_kind, 'doc_title': block_doc_title, 'doc_sub': block_doc_sub, 'content': block_content}
debug_info = '1=12&2=17&3=32&4=42&5=60&6=77&7=87&8=102&9=131&10=167&12=170&14=180&15=184&19=209&20=212&22=227&25=231&26=242&31=245&32=249&37=267'
